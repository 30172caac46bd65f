"""The cases of test_harness.py: every type of docs/PROBLEM_FORMAT.md round-tripped through both harnesses, design
problems, the candidate's failures with their line numbers, and problems of the test data (harness errors)."""
IMPORTS = "import java.util.*;import java.util.function.*;import java.util.stream.*;import java.math.*;"
import json

# ---------------------------------------------------------------- identity round trips, every type
IDENTITY = [
    ("int", ["42", "-2147483648"]),
    ("long", ["9007199254740993", "-9223372036854775808"]),
    ("double", ["2.5", "-0.125", "1e-3"]),
    ("boolean", ["true", "false"]),
    ("char", ['"z"', '"\\""']),
    ("String", ['"h\\u00e9llo \\"q\\" \\\\ \\n\\t x"', '""']),
    ("int[]", ["[1,-2,3]", "[]", "[-2147483648,2147483647,0]"]),
    ("long[]", ["[9007199254740993,-1]", "[-9223372036854775808,123456789012345678,9223372036854775807]"]),
    ("double[]", ["[0.5,1.0,-3.25]"]),
    ("boolean[]", ["[true,false,true]"]),
    ("char[]", ['["a","b","c"]']),
    ("String[]", ['["x","","y z"]']),
    ("int[][]", ["[[1,2],[],[3]]", "[]"]),
    ("char[][]", ['[["1","0"],["0","1"]]']),
    ("String[][]", ['[["a"],["b","c"]]']),
    ("double[][]", ["[[1.5],[2.0,3.0]]"]),
    ("List<Integer>", ["[3,1,2]", "[]"]),
    ("List<String>", ['["eat","tea"]']),
    ("List<Long>", ["[9007199254740993]"]),
    ("List<Double>", ["[0.5,2.0]"]),
    ("List<Boolean>", ["[false,true]"]),
    ("List<List<Integer>>", ["[[1,2,3],[],[4]]"]),
    ("List<List<String>>", ['[["a","b"],["c"]]']),
    ("ListNode", ["[1,2,3]", "[7]", "[]"]),
    ("TreeNode", ["[1,null,2,3]", "[]", "[5,4,8,11,null,13,4,7,2,null,null,null,1]", "[1,2,3,4,5,6,7]"]),
]


def ident(i):
    return f"id{i}"


java_lines = ["class Solution {"]
py_lines = ["class Solution:"]
for i, (t, _) in enumerate(IDENTITY):
    java_lines.append(f"    public {t} {ident(i)}({t} x) {{ return x; }}")
    hint = {"int": "int", "long": "int", "double": "float", "boolean": "bool", "char": "str", "String": "str",
            "ListNode": "Optional[ListNode]", "TreeNode": "Optional[TreeNode]"}.get(t, "List")
    py_lines.append(f"    def {ident(i)}(self, x: {hint}) -> {hint}:\n        return x")

# ---------------------------------------------------------------- semantic checks (a marker comment names lines)
java_lines += r"""
    public int[] twoSum(int[] nums, int target) {
        Map<Integer, Integer> seen = new HashMap<>();
        for (int i = 0; i < nums.length; i++) {
            Integer j = seen.get(target - nums[i]);
            if (j != null) return new int[]{j, i};
            seen.put(nums[i], i);
        }
        return new int[0];
    }
    public ListNode reverseList(ListNode head) {
        ListNode prev = null;
        while (head != null) { ListNode next = head.next; head.next = prev; prev = head; head = next; }
        return prev;
    }
    public TreeNode invertTree(TreeNode root) {
        if (root == null) return null;
        TreeNode l = invertTree(root.left);
        root.left = invertTree(root.right);
        root.right = l;
        return root;
    }
    public char nextChar(char c) { return (char) (c + 1); }
    public double half(double x) { return x / 2; }
    public long square(long x) { return x * x; }
    public boolean isEmpty(String s) { return s.isEmpty(); }
    public int numIslands(char[][] grid) {
        int count = 0;
        for (int i = 0; i < grid.length; i++)
            for (int j = 0; j < grid[0].length; j++)
                if (grid[i][j] == '1') { count++; sink(grid, i, j); }
        return count;
    }
    private void sink(char[][] g, int i, int j) {
        if (i < 0 || j < 0 || i >= g.length || j >= g[0].length || g[i][j] != '1') return;
        g[i][j] = '0';
        sink(g, i + 1, j); sink(g, i - 1, j); sink(g, i, j + 1); sink(g, i, j - 1);
    }
    public List<List<String>> groupAnagrams(String[] strs) {
        Map<String, List<String>> groups = new TreeMap<>();
        for (String s : strs) {
            char[] k = s.toCharArray(); Arrays.sort(k);
            groups.computeIfAbsent(new String(k), x -> new ArrayList<>()).add(s);
        }
        return new ArrayList<>(groups.values());
    }
    public List<Integer> rightSide(TreeNode root) {
        List<Integer> out = new ArrayList<>();
        Deque<TreeNode> q = new ArrayDeque<>();
        if (root != null) q.add(root);
        while (!q.isEmpty()) {
            int n = q.size();
            for (int i = 0; i < n; i++) {
                TreeNode t = q.poll();
                if (i == n - 1) out.add(t.val);
                if (t.left != null) q.add(t.left);
                if (t.right != null) q.add(t.right);
            }
        }
        return out;
    }
    public ListNode nothing(ListNode head) { return null; }
    public List<Long> longs(int n) { List<Long> out = new ArrayList<>(); out.add((long) n * 1000000000L); return out; }
    public double[] avg(int[][] rows) { double[] out = new double[rows.length]; for (int i = 0; i < rows.length; i++) out[i] = Arrays.stream(rows[i]).average().orElse(0); return out; }
    public int chatty(int x) { System.out.println("debug " + x); System.err.println("to stderr"); return x; }
    public int depth(int n) { return n == 0 ? 0 : 1 + depth(n - 1); }
    public int forever(int n) { return forever(n + 1) + 1; }
    public int boom(int[] a) {
        return a[5]; // BOOM
    }
    public int thrower(int x) {
        throw new IllegalStateException("custom failure " + x); // THROW
    }
    public int hog(int x) { long[][] keep = new long[100000][]; for (int i = 0; i < keep.length; i++) keep[i] = new long[1 << 20]; return keep.length; }
    public int overloaded(int x) { return 1; }
    public int overloaded(String x) { return 2; }
}

class LRUCache {
    private final int capacity;
    private final LinkedHashMap<Integer, Integer> map = new LinkedHashMap<>(16, 0.75f, true);
    public LRUCache(int capacity) { this.capacity = capacity; }
    public int get(int key) { return map.getOrDefault(key, -1); }
    public void put(int key, int value) {
        map.put(key, value);
        if (map.size() > capacity) map.remove(map.keySet().iterator().next());
    }
}

class Trie {
    private final Set<String> words = new HashSet<>();
    private final Set<String> prefixes = new HashSet<>();
    Trie() { }
    void insert(String w) { words.add(w); for (int i = 0; i <= w.length(); i++) prefixes.add(w.substring(0, i)); }
    boolean search(String w) { return words.contains(w); }
    boolean startsWith(String p) { return prefixes.contains(p); }
    List<String> all() { return new ArrayList<>(new TreeSet<>(words)); }
    double ratio() { return words.size() / 4.0; }
}

class Broken {
    Broken(int x) {
        if (x < 0) throw new IllegalArgumentException("negative"); // CTOR
    }
    int twice(int x) { return 2 * x; }
}
""".splitlines()

py_lines += r'''
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
        return []

    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        prev = None
        while head:
            head.next, prev, head = prev, head, head.next
        return prev

    def invertTree(self, root: Optional[TreeNode]) -> Optional[TreeNode]:
        if root:
            root.left, root.right = self.invertTree(root.right), self.invertTree(root.left)
        return root

    def nextChar(self, c: str) -> str:
        return chr(ord(c) + 1)

    def half(self, x: float) -> float:
        return x / 2

    def square(self, x: int) -> int:
        return x * x

    def isEmpty(self, s: str) -> bool:
        return not s

    def numIslands(self, grid: List[List[str]]) -> int:
        def sink(i, j):
            if 0 <= i < len(grid) and 0 <= j < len(grid[0]) and grid[i][j] == "1":
                grid[i][j] = "0"
                sink(i + 1, j); sink(i - 1, j); sink(i, j + 1); sink(i, j - 1)
        count = 0
        for i in range(len(grid)):
            for j in range(len(grid[0])):
                if grid[i][j] == "1":
                    count += 1
                    sink(i, j)
        return count

    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        groups = defaultdict(list)
        for s in strs:
            groups["".join(sorted(s))].append(s)
        return [groups[k] for k in sorted(groups)]

    def rightSide(self, root: Optional[TreeNode]) -> List[int]:
        out, q = [], deque([root] if root else [])
        while q:
            out.append(q[-1].val)
            for _ in range(len(q)):
                t = q.popleft()
                q.extend(c for c in (t.left, t.right) if c)
        return out

    def nothing(self, head):
        return None

    def longs(self, n: int) -> List[int]:
        return (n * 1000000000,)

    def avg(self, rows: List[List[int]]) -> List[float]:
        return [sum(r) / len(r) if r else 0 for r in rows]

    def chatty(self, x: int) -> int:
        print("debug", x)
        import sys
        print("to stderr", file=sys.stderr)
        return x

    def depth(self, n: int) -> int:
        return 0 if n == 0 else 1 + self.depth(n - 1)

    def forever(self, n: int) -> int:
        return self.forever(n + 1) + 1

    def boom(self, a: List[int]) -> int:
        return a[5]  # BOOM

    def thrower(self, x: int) -> int:
        raise ValueError(f"custom failure {x}")  # THROW

    def hog(self, x: int) -> int:
        return len(bytearray(1 << 50))

    def powmod(self, e: int) -> int:
        return pow(2, e, 1000)  # 1024 mod 1000

    def prelude(self, n: int) -> List[int]:
        h = []
        heappush(h, 3); heappush(h, 1)
        c = Counter("aab")
        d = defaultdict(int); d["x"] += 1
        od = OrderedDict(a=1)
        return [heappop(h), c["a"], d["x"], len(od), bisect_left([1, 2, 3], 2), gcd(12, 18),
                reduce(lambda a, b: a + b, [1, 2]), int(inf > 10**18), len(list(permutations([1, 2]))),
                lru_cache(None)(lambda: 7)(), cache(lambda: 8)(), len(ascii_lowercase), len(string.digits),
                len(re.findall(r"a", "aa")), isqrt(17), comb(5, 2), len(list(accumulate([1, 2]))), int(sqrt(16))]


class LRUCache:
    def __init__(self, capacity: int):
        self.capacity, self.map = capacity, OrderedDict()

    def get(self, key: int) -> int:
        if key not in self.map:
            return -1
        self.map.move_to_end(key)
        return self.map[key]

    def put(self, key: int, value: int) -> None:
        self.map[key] = value
        self.map.move_to_end(key)
        if len(self.map) > self.capacity:
            self.map.popitem(last=False)


class Trie:
    def __init__(self):
        self.words, self.prefixes = set(), set()

    def insert(self, w: str) -> None:
        self.words.add(w)
        self.prefixes.update(w[:i] for i in range(len(w) + 1))

    def search(self, w: str) -> bool:
        return w in self.words

    def startsWith(self, p: str) -> bool:
        return p in self.prefixes

    def all(self) -> List[str]:
        return sorted(self.words)

    def ratio(self) -> float:
        return len(self.words) / 4


class Broken:
    def __init__(self, x: int):
        if x < 0:
            raise ValueError("negative")  # CTOR

    def twice(self, x: int) -> int:
        return 2 * x
'''.splitlines()

JAVA_SRC = "\n".join(java_lines) + "\n"
PY_SRC = "\n".join(py_lines) + "\n"


def line_of(src, marker):
    for n, line in enumerate(src.splitlines(), 1):
        if marker in line:
            return n
    raise KeyError(marker)


def sig(method, params, returns):
    return {"mode": "signature", "signature": {"method": method, "returns": returns,
            "params": [{"name": f"p{i}", "type": t} for i, t in enumerate(params)]}}


def design(cls, ctor, methods):
    return {"mode": "design", "design": {"class": cls,
            "constructor": {"params": [{"name": f"c{i}", "type": t} for i, t in enumerate(ctor)]},
            "methods": [{"name": n, "params": [{"name": f"a{i}", "type": t} for i, t in enumerate(ps)], "returns": r}
                        for n, ps, r in methods]}}


LRU = design("LRUCache", ["int"], [("get", ["int"], "int"), ("put", ["int", "int"], "void")])
TRIE = design("Trie", [], [("insert", ["String"], "void"), ("search", ["String"], "boolean"),
                          ("startsWith", ["String"], "boolean"), ("all", [], "List<String>"),
                          ("ratio", [], "double")])
BROKEN = design("Broken", ["int"], [("twice", ["int"], "int")])

# (name, spec, stdin, expect) where expect: {"result": value} | {"exit": n, "stderr": [substrings]} ...
CASES = []
for i, (t, inputs) in enumerate(IDENTITY):
    for k, text in enumerate(inputs):
        value = json.loads(text)
        CASES.append((f"identity {t} #{k}", sig(ident(i), [t], t), text + "\n", {"result": value}))
CASES += [
    ("twoSum", sig("twoSum", ["int[]", "int"], "int[]"), "[2,7,11,15]\n9\n", {"result": [0, 1]}),
    ("twoSum spaces in type and blank lines", sig("twoSum", ["int [ ]", " int"], "int[]"), "\n[3,2,4]\n\n6\n\n", {"result": [1, 2]}),
    ("reverseList", sig("reverseList", ["ListNode"], "ListNode"), "[1,2,3,4,5]\n", {"result": [5, 4, 3, 2, 1]}),
    ("reverseList empty", sig("reverseList", ["ListNode"], "ListNode"), "[]\n", {"result": []}),
    ("invertTree", sig("invertTree", ["TreeNode"], "TreeNode"), "[4,2,7,1,3,6,9]\n", {"result": [4, 7, 2, 9, 6, 3, 1]}),
    ("invertTree nulls inside", sig("invertTree", ["TreeNode"], "TreeNode"), "[1,2]\n", {"result": [1, None, 2]}),
    ("invertTree empty", sig("invertTree", ["TreeNode"], "TreeNode"), "[]\n", {"result": []}),
    ("rightSide", sig("rightSide", ["TreeNode"], "List<Integer>"), "[1,2,3,null,5,null,4]\n", {"result": [1, 3, 4]}),
    ("nextChar", sig("nextChar", ["char"], "char"), '"a"\n', {"result": "b"}),
    ("half of an integral double", sig("half", ["double"], "double"), "5\n", {"result": 2.5}),
    ("square long", sig("square", ["long"], "long"), "3000000000\n", {"result": 9000000000000000000}),
    ("isEmpty", sig("isEmpty", ["String"], "boolean"), '""\n', {"result": True}),
    ("numIslands char[][]", sig("numIslands", ["char[][]"], "int"),
     '[["1","1","0","0","0"],["1","1","0","0","0"],["0","0","1","0","0"],["0","0","0","1","1"]]\n', {"result": 3}),
    ("groupAnagrams", sig("groupAnagrams", ["String[]"], "List<List<String>>"), '["eat","tea","tan","ate","nat","bat"]\n',
     {"result": [["bat"], ["eat", "tea", "ate"], ["tan", "nat"]]}),
    ("null ListNode result", sig("nothing", ["ListNode"], "ListNode"), "[1]\n", {"result": []}),
    ("List<Long> (tuple in Python)", sig("longs", ["int"], "List<Long>"), "7\n", {"result": [7000000000]}),
    ("double[] from int[][]", sig("avg", ["int[][]"], "double[]"), "[[1,2],[3]]\n", {"result": [1.5, 3.0]}),
    ("prints go to stdout", sig("chatty", ["int"], "int"), "5\n", {"result": 5, "stdout": "debug 5\n", "stderr": ["to stderr"]}),
    ("deep recursion 100000", sig("depth", ["int"], "int"), "100000\n", {"result": 100000}),
    ("LRUCache", LRU, '["LRUCache","put","put","get","put","get","put","get","get","get"]\n[[2],[1,1],[2,2],[1],[3,3],[2],[4,4],[1],[3],[4]]\n',
     {"result": [None, None, None, 1, None, -1, None, -1, 3, 4]}),
    ("Trie (no-arg constructor, String, boolean, List<String>, double)", TRIE,
     '["Trie","insert","search","search","startsWith","insert","search","all","ratio"]\n[[],["apple"],["apple"],["app"],["app"],["app"],["app"],[],[]]\n',
     {"result": [None, None, True, False, True, None, True, ["app", "apple"], 0.5]}),
    ("design constructor ok", BROKEN, '["Broken","twice"]\n[[1],[21]]\n', {"result": [None, 42]}),
    # failures of the candidate: exit 1, their own frames with exact lines
    ("exception line numbers", sig("boom", ["int[]"], "int"), "[1]\n",
     {"exit": 1, "stderr": {"java": ["ArrayIndexOutOfBoundsException", "at Solution.boom(Solution.java:%d)" % line_of(JAVA_SRC, "BOOM")],
                            "python": ["IndexError: list index out of range", 'File "solution.py", line %d, in boom' % line_of(PY_SRC, "BOOM")]},
      "stderr_not": ["harness", "arbiter", "/work", "Thread.run"]}),
    ("thrown exception", sig("thrower", ["int"], "int"), "3\n",
     {"exit": 1, "stderr": {"java": ["java.lang.IllegalStateException: custom failure 3", "Solution.java:%d" % line_of(JAVA_SRC, "THROW")],
                            "python": ["ValueError: custom failure 3", "line %d" % line_of(PY_SRC, "THROW")]}}),
    ("exception in a design constructor", BROKEN, '["Broken","twice"]\n[[-1],[21]]\n',
     {"exit": 1, "stderr": {"java": ["IllegalArgumentException: negative", "Broken.<init>(Solution.java:%d)" % line_of(JAVA_SRC, "CTOR")],
                            "python": ["ValueError: negative", "line %d" % line_of(PY_SRC, "CTOR")]}}),
    ("infinite recursion", sig("forever", ["int"], "int"), "0\n",
     {"exit": 1, "stderr": {"java": ["StackOverflowError", "recursion too deep", "at Solution.forever(Solution.java:"],
                            "python": ["RecursionError", "in forever"]}}),
    ("missing method", sig("nope", ["int"], "int"), "1\n", {"exit": 1, "stderr": ["has no method nope"]}),
    ("missing design class", design("Nope", [], []), '["Nope"]\n[[]]\n', {"exit": 1, "stderr": ["Nope"]}),
    ("memory exhausted", sig("hog", ["int"], "int"), "1\n", {"exit": 3, "stderr": ["MemoryError"]}),
    # problems of the test data or spec: exit 4
    ("too few input lines", sig("twoSum", ["int[]", "int"], "int[]"), "[1,2]\n", {"exit": 4, "stderr": ["expected 2 input lines"]}),
    ("input of the wrong type", sig("twoSum", ["int[]", "int"], "int[]"), '[1,"x"]\n3\n', {"exit": 4, "stderr": ["expected", "p0"]}),
    ("int out of range", sig(ident(0), ["int"], "int"), "2147483648\n", {"exit": 4}),
    ("input not JSON", sig(ident(0), ["int"], "int"), "[1,\n", {"exit": 4}),
    ("a misspelt literal", sig(ident(0), ["boolean"], "boolean"), "tru\n", {"exit": 4}),
    ("a literal cut short", sig(ident(0), ["boolean[]"], "boolean[]"), "[true,fals\n", {"exit": 4}),
    ("unknown design operation", LRU, '["LRUCache","fly"]\n[[1],[]]\n', {"exit": 4, "stderr": ["unknown operation"]}),
    ("design argument count", LRU, '["LRUCache","put"]\n[[1],[1]]\n', {"exit": 4, "stderr": ["expected 2 arguments"]}),
    ("design argument of the wrong type names the operation", LRU, '["LRUCache","put","get"]\n[[1],[1,1],["k"]]\n',
     {"exit": 4, "stderr": ["operation 2 (get), parameter a0"]}),
    ("bad spec", {"mode": "signature"}, "1\n", {"exit": 4}),
    ("stdio spec", {"mode": "stdio"}, "1\n", {"exit": 4}),
]
CASES.append(("overloads pick the declared types", sig("overloaded", ["String"], "int"), '"s"\n', {"result": 2, "lang": "java"}))
CASES.append(("builtins are not shadowed by the prelude (pow with a modulus)", sig("powmod", ["int"], "int"), "10\n",
              {"result": 24, "lang": "python"}))
CASES.append(("prelude names", sig("prelude", ["int"], "List<Integer>"), "0\n",
              {"result": [1, 2, 1, 1, 1, 6, 3, 1, 2, 7, 8, 26, 10, 2, 4, 10, 2, 4], "lang": "python"}))

# ---------------------------------------------------------------- running

