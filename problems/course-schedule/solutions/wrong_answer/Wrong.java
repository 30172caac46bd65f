class Solution {
    // Only detects two courses that need each other, not longer cycles.
    public boolean canFinish(int numCourses, int[][] prerequisites) {
        Set<Long> edges = new HashSet<>();
        for (int[] p : prerequisites) {
            if (p[0] == p[1] || edges.contains((long) p[1] * numCourses + p[0])) return false;
            edges.add((long) p[0] * numCourses + p[1]);
        }
        return true;
    }
}
