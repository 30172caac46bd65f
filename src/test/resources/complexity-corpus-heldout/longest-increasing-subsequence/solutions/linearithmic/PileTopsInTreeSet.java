import java.util.TreeSet;

class Solution {
    public int lengthOfLIS(int[] nums) {
        // One pile per length of increasing run; the set holds each pile's top,
        // the smallest value an increasing run of that length can end with.
        TreeSet<Integer> pileTops = new TreeSet<>();
        for (int value : nums) {
            Integer firstNotSmaller = pileTops.ceiling(value);
            if (firstNotSmaller != null) {
                pileTops.remove(firstNotSmaller);
            }
            pileTops.add(value);
        }
        return pileTops.size();
    }
}
