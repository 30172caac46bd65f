class Solution:
    # Tries every split without remembering failures: exponential on "aaaa...ab".
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        if not s:
            return True
        return any(s.startswith(w) and self.wordBreak(s[len(w):], wordDict) for w in wordDict)
