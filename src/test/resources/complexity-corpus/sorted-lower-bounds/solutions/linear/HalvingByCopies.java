class Solution {
    public int[] countsBelow(int[] nums, int[] queries) {
        int[] counts = new int[queries.length];
        for (int k = 0; k < queries.length; k++) {
            int[] part = nums;
            int below = 0;
            while (part.length > 0) {
                int mid = part.length / 2;
                if (part[mid] < queries[k]) {
                    below += mid + 1;
                    part = Arrays.copyOfRange(part, mid + 1, part.length);
                } else {
                    part = Arrays.copyOf(part, mid);
                }
            }
            counts[k] = below;
        }
        return counts;
    }
}
