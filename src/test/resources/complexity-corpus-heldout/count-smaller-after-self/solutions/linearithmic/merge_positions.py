class Solution:
    def countSmaller(self, nums: List[int]) -> List[int]:
        smaller = [0] * len(nums)

        def sort(positions):
            if len(positions) <= 1:
                return positions
            half = len(positions) // 2
            left, right = sort(positions[:half]), sort(positions[half:])
            merged = []
            j = 0
            for p in left:
                while j < len(right) and nums[right[j]] < nums[p]:
                    merged.append(right[j])
                    j += 1
                smaller[p] += j
                merged.append(p)
            merged.extend(right[j:])
            return merged

        sort(list(range(len(nums))))
        return smaller
