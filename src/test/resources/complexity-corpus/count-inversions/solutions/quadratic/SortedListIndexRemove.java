class Solution {
    public long countInversions(int[] nums) {
        // The index of each value in the sorted list of values still to come is the number
        // of smaller values after it.
        List<Integer> remaining = new ArrayList<>();
        for (int x : nums) remaining.add(x);
        Collections.sort(remaining);
        long total = 0;
        for (int x : nums) {
            int k = remaining.indexOf(x);
            total += k;
            remaining.remove(k);
        }
        return total;
    }
}
