class Solution:
    def countDistinct(self, words: List[str]) -> int:
        tally = {}
        for w in words:
            tally[w] = tally.get(w, 0) + 1
        return len(tally)
