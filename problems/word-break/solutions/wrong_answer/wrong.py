class Solution:
    # Greedily takes the longest word at each position and never backtracks.
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        i = 0
        while i < len(s):
            match = max((w for w in wordDict if s.startswith(w, i)), key=len, default=None)
            if match is None:
                return False
            i += len(match)
        return True
