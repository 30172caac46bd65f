#!/usr/bin/env python3
"""Reproducibility of performance scores (not a test): the same accepted submission is submitted N times, one
after the other, and each score's time ratio is compared with the median of all of them. The goal is every
ratio within +/-5 % of the median. Needs a running Arbiter (./arbiter start) and prints its figures, with the
growth class each score named, the seconds from submit to score and what the noisy ones named as the disturbance;
docs/BENCHMARKS.md records them. Besides the team's own two-sum variants, "outside" solutions written the way
candidates elsewhere write them: two-sum by sorting indices and walking two pointers (Python), quickselect and a
heap for kth-largest.

    python3 bench/score_repro.py [--url http://localhost:8080] [--times 10] [--variants python-sort,python-quickselect,...]
        [--forks] [--evidence scores.jsonl]
"""
import argparse, json, statistics, sys, time, urllib.request

PROBLEM = "two-sum"
KTH = "kth-largest-element-in-an-array"
# variant -> problem, where it is not two-sum
WORDS = "word-break"
PROBLEMS = {"python-quickselect": KTH, "java-quickselect": KTH, "python-heap": KTH, "java-heap": KTH,
            "python-wordbreak": WORDS, "java-wordbreak": WORDS}
SOURCES = {
    "python-sort": """class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        order = sorted(range(len(nums)), key=lambda i: nums[i])
        lo, hi = 0, len(nums) - 1
        while lo < hi:
            total = nums[order[lo]] + nums[order[hi]]
            if total == target:
                return [order[lo], order[hi]]
            if total < target:
                lo += 1
            else:
                hi -= 1
        return []
""",
    "python-quickselect": """import random

class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        def select(items, k):
            pivot = random.choice(items)
            bigger = [x for x in items if x > pivot]
            if k <= len(bigger):
                return select(bigger, k)
            equal = sum(1 for x in items if x == pivot)
            if k <= len(bigger) + equal:
                return pivot
            return select([x for x in items if x < pivot], k - len(bigger) - equal)
        return select(nums, k)
""",
    "java-quickselect": """class Solution {
    public int findKthLargest(int[] nums, int k) {
        int[] a = nums.clone();
        int lo = 0, hi = a.length - 1, want = a.length - k;
        Random rnd = new Random();
        while (lo < hi) {
            int p = a[lo + rnd.nextInt(hi - lo + 1)], i = lo, j = hi;
            while (i <= j) {
                while (a[i] < p) i++;
                while (a[j] > p) j--;
                if (i <= j) { int t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; }
            }
            if (want <= j) hi = j; else if (want >= i) lo = i; else return a[want];
        }
        return a[want];
    }
}
""",
    "python-heap": """import heapq

class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        return heapq.nlargest(k, nums)[-1]
""",
    "java-heap": """class Solution {
    public int findKthLargest(int[] nums, int k) {
        PriorityQueue<Integer> top = new PriorityQueue<>();
        for (int x : nums) {
            top.offer(x);
            if (top.size() > k) top.poll();
        }
        return top.peek();
    }
}
""",
    # the reference's idea, as a candidate would write it (expected ratio about 1)
    # word-break by a search over the positions reached, each word tried where it fits: strings hashed in every call
    "python-wordbreak": """from collections import deque


class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        words = set(wordDict)
        lengths = sorted({len(w) for w in words})
        seen = [False] * (len(s) + 1)
        todo = deque([0])
        while todo:
            at = todo.popleft()
            if at == len(s):
                return True
            for length in lengths:
                nxt = at + length
                if nxt <= len(s) and not seen[nxt] and s[at:nxt] in words:
                    seen[nxt] = True
                    todo.append(nxt)
        return False
""",
    "java-wordbreak": """class Solution {
    public boolean wordBreak(String s, List<String> wordDict) {
        Set<String> words = new HashSet<>(wordDict);
        boolean[] reach = new boolean[s.length() + 1];
        reach[0] = true;
        for (int at = 0; at < s.length(); at++) {
            if (!reach[at]) continue;
            for (String w : words) {
                if (s.startsWith(w, at)) reach[at + w.length()] = true;
            }
        }
        return reach[s.length()];
    }
}
""",
    "python": """class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
""",
    # ten passes over the data: the same growth, about ten times the work
    "python-10x": """class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        answer = None
        for _ in range(10):
            seen = {}
            for i, x in enumerate(nums):
                if target - x in seen and answer is None:
                    answer = [seen[target - x], i]
                seen[x] = i
        return answer
""",
    "java": """class Solution {
    public int[] twoSum(int[] nums, int target) {
        Map<Integer, Integer> index = new HashMap<>();
        for (int i = 0; i < nums.length; i++) {
            Integer other = index.get(target - nums[i]);
            if (other != null) return new int[]{other, i};
            index.put(nums[i], i);
        }
        return new int[0];
    }
}
""",
    "java-10x": """class Solution {
    public int[] twoSum(int[] nums, int target) {
        int[] answer = null;
        for (int pass = 0; pass < 10; pass++) {
            Map<Integer, Integer> seen = new HashMap<>();
            for (int i = 0; i < nums.length; i++) {
                Integer j = seen.get(target - nums[i]);
                if (j != null && answer == null) answer = new int[]{j, i};
                seen.put(nums[i], i);
            }
        }
        return answer;
    }
}
""",
}


def call(url, body=None):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=60) as resp:
        return json.load(resp)


def scored(base, language, source, problem=PROBLEM):
    started = time.perf_counter()
    sub = call(base + "/api/submissions", {"problem": problem, "language": language, "source": source, "kind": "submit"})
    while True:
        view = call(base + "/api/submissions/" + sub["id"])
        score = view.get("score")
        if view["state"] == "DONE" and view["verdict"] != "ACCEPTED":
            sys.exit(f"not accepted: {view['verdict']} {view.get('message')}")
        if score and score["state"] != "PENDING":
            if score["state"] != "DONE":
                sys.exit(f"scoring failed: {score.get('message')}")
            return time.perf_counter() - started, score
        time.sleep(0.5)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", default="http://localhost:8080")
    parser.add_argument("--times", type=int, default=10)
    parser.add_argument("--forks", action="store_true", help="also print each score's per-fork ratios")
    parser.add_argument("--variants", default=",".join(SOURCES), help="comma-separated, of: " + ", ".join(SOURCES))
    parser.add_argument("--evidence", help="append every score (variant, seconds, the API's score with its evidence) "
                        "to this file, one JSON object per line, for a later look at the forks")
    args = parser.parse_args()
    variants = args.variants.split(",")
    unknown = [v for v in variants if v not in SOURCES]
    if unknown:
        sys.exit(f"unknown variants {unknown}; choose from {list(SOURCES)}")
    print(f"{'submission':<18} {'median':>7} {'min':>7} {'max':>7} {'worst dev':>9} {'spread':>7} {'noisy':>5} "
          f"{'complexity':<22} {'s/score':>7}  ratios")
    worst = 0.0
    for variant in variants:
        language = variant.split("-")[0]
        runs = [scored(args.url, language, SOURCES[variant], PROBLEMS.get(variant, PROBLEM)) for _ in range(args.times)]
        if args.evidence:
            with open(args.evidence, "a", encoding="utf-8") as out:
                for seconds, s in runs:
                    out.write(json.dumps({"variant": variant, "seconds": seconds, "score": s}) + "\n")
        ratios = [s["timeRatio"] for _, s in runs]
        median = statistics.median(ratios)
        dev = max(abs(r / median - 1) for r in ratios)
        worst = max(worst, dev)
        complexities = sorted({s["complexity"] for _, s in runs})
        print(f"{variant:<18} {median:7.3f} {min(ratios):7.3f} {max(ratios):7.3f} {100 * dev:8.1f}% "
              f"{statistics.median(s['timeSpread'] for _, s in runs):7.3f} {sum(s['noisy'] for _, s in runs):5d} "
              f"{'/'.join(complexities):<22} {statistics.median(t for t, _ in runs):7.1f}  "
              + " ".join(f"{r:.3f}" for r in ratios))
        print("    seconds per score: " + " ".join(f"{t:.1f}" for t, _ in runs)
              + f"  ({sum(t <= 15 for t, _ in runs)} of {len(runs)} within 15 s)")
        # how many forks each score took, and what ended them (settled, limit, time: ForkBudget)
        ended = {}
        for _, s in runs:
            key = f"{s['evidence'].get('forks')} ({s['evidence'].get('forksEnded', '?')})"
            ended[key] = ended.get(key, 0) + 1
        print("    forks per score (what ended them): " + ", ".join(f"{n} x {key}" for key, n in sorted(ended.items())))
        for _, s in runs:
            noise = s["evidence"].get("noise", {})
            if s["noisy"]:
                print(f"    noisy ({100 * noise.get('spread', 0):.0f} % spread): {noise.get('because')}; run delay "
                      f"{100 * noise.get('runDelayShare', 0):.0f} %, other program {100 * noise.get('foreignCpuShare', 0):.1f} %, "
                      f"server {noise.get('serverCores', 0):.2f} cores, machine {noise.get('busyCores', 0):.2f} of {noise.get('cores')} busy")
        for _, s in runs:
            # the host's cache: the counted rounds' reading against the quiet one, and how much the ratio moved with it
            # beyond what its rounds' scatter could move it (the lower bound the score uses; negative: not shown to move;
            # absent where the readings lay too close together to show it: a host that held its cache all along)
            noise = s["evidence"].get("noise", {})
            if "hostQuietMs" in noise:
                moved = (f"ratio moved {noise['hostSensitivity']:+.2f} with it beyond chance" if "hostSensitivity" in noise
                         else "readings too even to show how the ratio moves with them")
                print(f"    host cache: {s['timeRatio']:.3f} from {s['evidence'].get('ratioFrom')}, counted rounds read "
                      f"{noise.get('hostCountedMs', 0) / noise['hostQuietMs']:.2f}x quiet ({noise['hostQuietMs']:.2f} ms), "
                      f"{noise.get('hostDisturbedRounds')}/{noise.get('hostRounds')} rounds disturbed, {moved}"
                      f"{', noisy' if s['noisy'] else ''}")
        if args.forks:
            for _, s in runs:
                print("    forks: " + " ".join(f"{r:.3f}" for r in s["evidence"]["forkRatios"])
                      + "   (submission/reference us per call at the top sizes: "
                      + "; ".join(" ".join(f"{1e6 * a:.0f}/{1e6 * b:.0f}" for a, b in fork)
                                  for fork in s["evidence"].get("forkSeconds", [])) + ")")
    print(f"worst deviation from the median: {100 * worst:.1f}% (goal: within 5%)")


if __name__ == "__main__":
    main()
