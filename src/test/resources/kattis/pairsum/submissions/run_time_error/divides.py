import sys

data = sys.stdin.read().split()
print(int(data[0]) // (int(data[0]) - int(data[0])))
