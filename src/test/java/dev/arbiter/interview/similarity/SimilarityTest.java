package dev.arbiter.interview.similarity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The similarity measure on known pairs: what a copy looks like after disguise, and what independent work looks like. */
class SimilarityTest {

    static final String PY_STARTER = "class Solution:\n    def twoSum(self, nums: List[int], target: int) -> List[int]:\n        pass\n";

    static final String PY_HASHMAP = """
            class Solution:
                def twoSum(self, nums: List[int], target: int) -> List[int]:
                    seen = {}
                    for i, x in enumerate(nums):
                        if target - x in seen:
                            return [seen[target - x], i]
                        seen[x] = i
                    return []
            """;

    /** The same program with every name changed, other spacing, a comment and a different literal. */
    static final String PY_HASHMAP_DISGUISED = """
            class Solution:
                def twoSum(self, arr: List[int], goal: int) -> List[int]:
                    # remember where each value was
                    index_of = dict()
                    for pos, value in enumerate(arr):
                        if goal - value in index_of:
                            return [index_of[goal - value], pos]
                        index_of[value] = pos
                    return [ ]
            """;

    static final String PY_BRUTE_FORCE = """
            class Solution:
                def twoSum(self, nums: List[int], target: int) -> List[int]:
                    n = len(nums)
                    for i in range(n):
                        for j in range(i + 1, n):
                            if nums[i] + nums[j] == target:
                                return [i, j]
                    return []
            """;

    static final String PY_SORT_TWO_POINTERS = """
            class Solution:
                def twoSum(self, nums: List[int], target: int) -> List[int]:
                    order = sorted(range(len(nums)), key=lambda k: nums[k])
                    lo, hi = 0, len(nums) - 1
                    while lo < hi:
                        total = nums[order[lo]] + nums[order[hi]]
                        if total == target:
                            return sorted([order[lo], order[hi]])
                        if total < target:
                            lo += 1
                        else:
                            hi -= 1
                    return []
            """;

    static final String JAVA_HELPERS = """
            class Solution {
                public int longestPalindrome(String s) {
                    int[] counts = count(s);
                    return length(counts);
                }

                private int[] count(String s) {
                    int[] counts = new int[128];
                    for (char c : s.toCharArray()) counts[c]++;
                    return counts;
                }

                private int length(int[] counts) {
                    int total = 0;
                    boolean odd = false;
                    for (int c : counts) {
                        total += c / 2 * 2;
                        if (c % 2 == 1) odd = true;
                    }
                    return odd ? total + 1 : total;
                }
            }
            """;

    /** The same helpers in the other order, renamed, with a comment. */
    static final String JAVA_HELPERS_REORDERED = """
            class Solution {
                // pairs first, then one odd letter in the middle
                private int evenPart(int[] freq) {
                    int sum = 0;
                    boolean hasOdd = false;
                    for (int f : freq) {
                        sum += f / 2 * 2;
                        if (f % 2 == 1) hasOdd = true;
                    }
                    return hasOdd ? sum + 1 : sum;
                }

                public int longestPalindrome(String word) {
                    int[] freq = tally(word);
                    return evenPart(freq);
                }

                private int[] tally(String word) {
                    int[] freq = new int[128];
                    for (char ch : word.toCharArray()) freq[ch]++;
                    return freq;
                }
            }
            """;

    static final String JAVA_SET_TOGGLE = """
            class Solution {
                public int longestPalindrome(String s) {
                    Set<Character> unpaired = new HashSet<>();
                    int pairs = 0;
                    for (int i = 0; i < s.length(); i++) {
                        char c = s.charAt(i);
                        if (!unpaired.remove(c)) {
                            unpaired.add(c);
                        } else {
                            pairs++;
                        }
                    }
                    return pairs * 2 + (unpaired.isEmpty() ? 0 : 1);
                }
            }
            """;

    @Test
    void renamedVariablesAndChangedLayoutStillMatch() {
        Similarity.Match m = Similarity.compare(PY_HASHMAP, PY_HASHMAP_DISGUISED, true, PY_STARTER);
        assertThat(m.score()).isGreaterThan(0.8);
        assertThat(m.linesA()).contains(5, 6, 7);
        assertThat(m.linesB()).contains(6, 7, 8);
    }

    @Test
    void reorderedFunctionsStillMatch() {
        assertThat(Similarity.compare(JAVA_HELPERS, JAVA_HELPERS_REORDERED, false, null).score()).isGreaterThan(0.7);
    }

    @Test
    void differentAlgorithmsForTheSameProblemDoNotMatch() {
        assertThat(Similarity.compare(PY_HASHMAP, PY_BRUTE_FORCE, true, PY_STARTER).score()).isLessThan(0.25);
        assertThat(Similarity.compare(PY_HASHMAP, PY_SORT_TWO_POINTERS, true, PY_STARTER).score()).isLessThan(0.25);
        assertThat(Similarity.compare(PY_BRUTE_FORCE, PY_SORT_TWO_POINTERS, true, PY_STARTER).score()).isLessThan(0.25);
        assertThat(Similarity.compare(JAVA_HELPERS, JAVA_SET_TOGGLE, false, null).score()).isLessThan(0.25);
    }

    @Test
    void aProgramMatchesItselfFullyAndTheStarterCodeAloneMatchesNothing() {
        assertThat(Similarity.compare(PY_BRUTE_FORCE, PY_BRUTE_FORCE, true, PY_STARTER).score()).isEqualTo(1.0);
        assertThat(Similarity.compare(PY_STARTER, PY_STARTER, true, PY_STARTER).score()).isZero();
    }

    @Test
    void identifiersLiteralsAndCommentsAreNormalized() {
        assertThat(CodeTokens.of("total = count + 42  # the answer\n", true).stream().map(CodeTokens.Token::text))
                .containsExactly("V", "=", "V", "+", "N");
        assertThat(CodeTokens.of("String s = \"x // not a comment\"; /* gone */ return s;", false).stream().map(CodeTokens.Token::text))
                .containsExactly("V", "V", "=", "S", ";", "return", "V", ";");
        assertThat(CodeTokens.of("if a:\n    b()\nc()\n", true).stream().map(CodeTokens.Token::text))
                .containsExactly("if", "V", ":", "{", "V", "(", ")", "}", "V", "(", ")");
    }
}
