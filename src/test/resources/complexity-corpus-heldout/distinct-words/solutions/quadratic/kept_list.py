class Solution:
    def countDistinct(self, words: List[str]) -> int:
        kept = []
        for w in words:
            if w not in kept:
                kept.append(w)
        return len(kept)
