class Solution {
    public int numIslands(char[][] grid) {
        int rows = grid.length, cols = grid[0].length, islands = 0;
        int[] stack = new int[rows * cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (grid[r][c] != '1') continue;
                islands++;
                grid[r][c] = '0';
                int top = 0;
                stack[top++] = r * cols + c;
                while (top > 0) {
                    int cell = stack[--top], y = cell / cols, x = cell % cols;
                    int[][] next = {{y + 1, x}, {y - 1, x}, {y, x + 1}, {y, x - 1}};
                    for (int[] n : next) {
                        if (n[0] >= 0 && n[0] < rows && n[1] >= 0 && n[1] < cols && grid[n[0]][n[1]] == '1') {
                            grid[n[0]][n[1]] = '0';
                            stack[top++] = n[0] * cols + n[1];
                        }
                    }
                }
            }
        }
        return islands;
    }
}
