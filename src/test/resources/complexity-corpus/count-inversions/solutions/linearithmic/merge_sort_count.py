class Solution:
    def countInversions(self, nums: List[int]) -> int:
        def sort(a):
            if len(a) < 2:
                return a, 0
            mid = len(a) // 2
            left, x = sort(a[:mid])
            right, y = sort(a[mid:])
            merged = []
            inv = x + y
            i = j = 0
            while i < len(left) and j < len(right):
                if right[j] < left[i]:
                    merged.append(right[j])
                    inv += len(left) - i
                    j += 1
                else:
                    merged.append(left[i])
                    i += 1
            merged += left[i:]
            merged += right[j:]
            return merged, inv

        return sort(nums)[1]
