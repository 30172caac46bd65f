class Solution:
    def floorSqrts(self, queries: List[int]) -> List[int]:
        answers = []
        for q in queries:
            root = 0
            bit = 1 << (q.bit_length() // 2)
            while bit:
                candidate = root | bit
                if candidate * candidate <= q:
                    root = candidate
                bit >>= 1
            answers.append(root)
        return answers
