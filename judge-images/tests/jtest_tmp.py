from sandbox import *
import time, sys
IMP='import java.util.*;import java.util.function.*;import java.util.stream.*;import java.math.*;'
SRC = sys.argv[1] if len(sys.argv) > 1 else 'class Solution {\n  static int calls;\n  public int[] twoSum(int[] nums, int target) {\n    calls++; System.out.println("calls " + calls);\n    Map<Integer,Integer> seen = new HashMap<>();\n    for (int i = 0; i < nums.length; i++) { Integer j = seen.get(target - nums[i]); if (j != null) return new int[]{j, i}; seen.put(nums[i], i); }\n    return null;\n  }\n}\n'
with Sandbox(JAVA_IMAGE, 512) as s:
    r = s.runner()
    r.put('/work/sub/src/Solution.java', IMP+SRC)
    r.put('/work/sub/spec.json', '{"mode":"signature","signature":{"method":"twoSum","params":[{"name":"nums","type":"int[]"},{"name":"target","type":"int"}],"returns":"int[]"}}')
    t=time.time(); print(r.worker(['java','-Xmx256m','-XX:+UseSerialGC','-XX:-UsePerfData','-XX:CICompilerCount=2','-Xshare:auto','-Xss8m','-XX:SharedArchiveFile=/opt/arbiter/java/worker.jsa','-cp','/opt/arbiter/java/harness.jar','arbiter.harness.Worker','/work/sub/spec.json','/work/sub/src/Solution.java'], kind='jvm')); print('start', time.time()-t)
    for i in range(3):
        t=time.time(); print(r.test('[2,7,11,15]\n9\n')); print('test', time.time()-t)
    r.close()
