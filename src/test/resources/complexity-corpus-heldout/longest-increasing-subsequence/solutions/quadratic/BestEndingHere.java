class Solution {
    public int lengthOfLIS(int[] nums) {
        int n = nums.length;
        int[] best = new int[n];
        int answer = 0;
        for (int i = 0; i < n; i++) {
            int longest = 0;
            for (int j = 0; j < i; j++) {
                if (nums[j] < nums[i] && best[j] > longest) longest = best[j];
            }
            best[i] = longest + 1;
            if (best[i] > answer) answer = best[i];
        }
        return answer;
    }
}
