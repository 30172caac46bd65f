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
}
