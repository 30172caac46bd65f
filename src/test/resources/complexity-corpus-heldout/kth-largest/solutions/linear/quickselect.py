import random


class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        a = list(nums)
        want = len(a) - k
        lo, hi = 0, len(a) - 1
        while True:
            p = random.randint(lo, hi)
            a[p], a[hi] = a[hi], a[p]
            pivot = a[hi]
            store = lo
            for i in range(lo, hi):
                if a[i] < pivot:
                    a[i], a[store] = a[store], a[i]
                    store += 1
            a[store], a[hi] = a[hi], a[store]
            if store == want:
                return a[store]
            if store < want:
                lo = store + 1
            else:
                hi = store - 1
