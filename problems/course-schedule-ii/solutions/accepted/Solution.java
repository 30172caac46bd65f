class Solution {
    public int[] findOrder(int numCourses, int[][] prerequisites) {
        List<List<Integer>> after = new ArrayList<>();
        for (int i = 0; i < numCourses; i++) after.add(new ArrayList<>());
        int[] waiting = new int[numCourses];
        for (int[] p : prerequisites) {
            after.get(p[1]).add(p[0]);
            waiting[p[0]]++;
        }
        // a different (but equally valid) order than the Python reference's queue: the course made ready last goes first.
        // (A priority queue for "highest number first" made this reference O(n log n) against the declared O(n).)
        ArrayDeque<Integer> ready = new ArrayDeque<>();
        for (int i = 0; i < numCourses; i++) if (waiting[i] == 0) ready.push(i);
        int[] order = new int[numCourses];
        int size = 0;
        while (!ready.isEmpty()) {
            int course = ready.pop();
            order[size++] = course;
            for (int next : after.get(course)) if (--waiting[next] == 0) ready.push(next);
        }
        return size == numCourses ? order : new int[0];
    }
}
