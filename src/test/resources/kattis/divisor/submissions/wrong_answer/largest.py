n = int(input())
print(n)  # n divides n, but it is not a proper divisor
