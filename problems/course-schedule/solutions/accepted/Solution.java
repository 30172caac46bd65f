class Solution {
    public boolean canFinish(int numCourses, int[][] prerequisites) {
        List<List<Integer>> after = new ArrayList<>();
        for (int i = 0; i < numCourses; i++) after.add(new ArrayList<>());
        int[] waiting = new int[numCourses];
        for (int[] p : prerequisites) {
            after.get(p[1]).add(p[0]);
            waiting[p[0]]++;
        }
        ArrayDeque<Integer> ready = new ArrayDeque<>();
        for (int i = 0; i < numCourses; i++) if (waiting[i] == 0) ready.add(i);
        int done = 0;
        while (!ready.isEmpty()) {
            int course = ready.poll();
            done++;
            for (int next : after.get(course)) if (--waiting[next] == 0) ready.add(next);
        }
        return done == numCourses;
    }
}
