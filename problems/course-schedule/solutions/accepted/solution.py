class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        after = [[] for _ in range(numCourses)]
        waiting = [0] * numCourses
        for a, b in prerequisites:
            after[b].append(a)
            waiting[a] += 1
        ready = deque(i for i in range(numCourses) if waiting[i] == 0)
        done = 0
        while ready:
            course = ready.popleft()
            done += 1
            for nxt in after[course]:
                waiting[nxt] -= 1
                if waiting[nxt] == 0:
                    ready.append(nxt)
        return done == numCourses
