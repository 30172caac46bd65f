class Solution {
    // The classic O(n^2) dynamic program.
    public int lengthOfLIS(int[] nums) {
        int[] best = new int[nums.length];
        int answer = 0;
        for (int i = 0; i < nums.length; i++) {
            best[i] = 1;
            for (int j = 0; j < i; j++) if (nums[j] < nums[i]) best[i] = Math.max(best[i], best[j] + 1);
            answer = Math.max(answer, best[i]);
        }
        return answer;
    }
}
