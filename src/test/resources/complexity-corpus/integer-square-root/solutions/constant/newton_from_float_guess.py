class Solution:
    def floorSqrts(self, queries: List[int]) -> List[int]:
        answers = []
        for n in queries:
            if n < 2:
                answers.append(n)
                continue
            # Start Newton's method just above the root (from a float estimate):
            # it settles after one or two steps whatever the size of n.
            x = int(n ** 0.5) + 2
            while True:
                y = (x + n // x) // 2
                if y >= x:
                    break
                x = y
            answers.append(x)
        return answers
