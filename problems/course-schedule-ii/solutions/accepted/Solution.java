class Solution {
    public int[] findOrder(int numCourses, int[][] prerequisites) {
        List<List<Integer>> after = new ArrayList<>();
        for (int i = 0; i < numCourses; i++) after.add(new ArrayList<>());
        int[] waiting = new int[numCourses];
        for (int[] p : prerequisites) {
            after.get(p[1]).add(p[0]);
            waiting[p[0]]++;
        }
        // a different (but equally valid) order than the Python reference: highest course number first
        PriorityQueue<Integer> ready = new PriorityQueue<>(Collections.reverseOrder());
        for (int i = 0; i < numCourses; i++) if (waiting[i] == 0) ready.add(i);
        int[] order = new int[numCourses];
        int size = 0;
        while (!ready.isEmpty()) {
            int course = ready.poll();
            order[size++] = course;
            for (int next : after.get(course)) if (--waiting[next] == 0) ready.add(next);
        }
        return size == numCourses ? order : new int[0];
    }
}
