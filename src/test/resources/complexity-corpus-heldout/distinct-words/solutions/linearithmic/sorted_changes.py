class Solution:
    def countDistinct(self, words: List[str]) -> int:
        ordered = sorted(words)
        changes = 0
        for i, w in enumerate(ordered):
            if i == 0 or w != ordered[i - 1]:
                changes += 1
        return changes
