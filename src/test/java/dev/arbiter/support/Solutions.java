package dev.arbiter.support;

/** Honest solutions the judge and browser tests submit. */
public final class Solutions {

    private Solutions() {
    }

    /** LeetCode-style Java two-sum: no imports, java.util implicit. */
    public static final String TWO_SUM_JAVA = """
            class Solution {
                public int[] twoSum(int[] nums, int target) {
                    Map<Integer, Integer> seen = new HashMap<>();
                    for (int i = 0; i < nums.length; i++) {
                        Integer j = seen.get(target - nums[i]);
                        if (j != null) return new int[]{j, i};
                        seen.put(nums[i], i);
                    }
                    return new int[0];
                }
            }
            """;

    /** Python two-sum as a candidate writes it: one pass with a dictionary (the reference's idea). */
    public static final String TWO_SUM_PYTHON = """
            class Solution:
                def twoSum(self, nums: List[int], target: int) -> List[int]:
                    seen = {}
                    for i, x in enumerate(nums):
                        if target - x in seen:
                            return [seen[target - x], i]
                        seen[x] = i
            """;

    /** An accepted climbing-stairs in Python whose every call sleeps first: a judging that lasts, with no CPU used. */
    public static String slowClimbingStairs(double secondsPerTest) {
        return """
                import time
                class Solution:
                    def climbStairs(self, n: int) -> int:
                        time.sleep(%s)
                        a, b = 1, 1
                        for _ in range(n):
                            a, b = b, a + b
                        return a
                """.formatted(secondsPerTest);
    }
}
