class Solution:
    def findOrder(self, numCourses: int, prerequisites: List[List[int]]) -> List[int]:
        after = [[] for _ in range(numCourses)]
        waiting = [0] * numCourses
        for a, b in prerequisites:
            after[b].append(a)
            waiting[a] += 1
        order = [i for i in range(numCourses) if waiting[i] == 0]
        for course in order:
            for nxt in after[course]:
                waiting[nxt] -= 1
                if waiting[nxt] == 0:
                    order.append(nxt)
        return order if len(order) == numCourses else []
