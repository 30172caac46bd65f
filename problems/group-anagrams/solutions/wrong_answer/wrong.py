class Solution:
    # Keys groups by the set of letters, so "aab" and "abb" end up together.
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        groups = defaultdict(list)
        for word in strs:
            groups["".join(sorted(set(word)))].append(word)
        return list(groups.values())
