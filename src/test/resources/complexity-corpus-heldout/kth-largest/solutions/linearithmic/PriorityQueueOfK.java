class Solution {
    public int findKthLargest(int[] nums, int k) {
        PriorityQueue<Integer> smallest = new PriorityQueue<>(k + 1);
        for (int x : nums) {
            if (smallest.size() < k) smallest.add(x);
            else if (x > smallest.peek()) { smallest.poll(); smallest.add(x); }
        }
        return smallest.peek();
    }
}
