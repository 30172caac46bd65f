class Solution:
    # Follows only the left children.
    def maxDepth(self, root: Optional[TreeNode]) -> int:
        depth = 0
        while root:
            depth += 1
            root = root.left
        return depth
