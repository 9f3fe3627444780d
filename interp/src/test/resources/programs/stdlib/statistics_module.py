import statistics as st
from fractions import Fraction as F
print(st.mean([1, 2, 3, 4]), st.mean([1, 2, 3]), st.mean([1.5, 2.5]), st.mean([F(1, 2), F(1, 3)]), st.mean([1, 2.0]), st.mean(range(10)))
print(st.fmean([1, 2, 3, 4]), st.fmean(iter([3.5, 4.5])), st.fmean([1, 2, 3], weights=[3, 2, 1]), st.geometric_mean([54, 24, 36]))
print(st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([0, 1]))
print(st.median([1, 3, 5]), st.median([1, 3, 5, 7]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.mode([1, 1, 2, 3, 3, 3]), st.mode(['red', 'blue', 'blue']), st.multimode('aabbbbccddddeeffffgg'), st.multimode([]))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles([1, 2, 3, 4, 5], n=4, method='inclusive'), st.quantiles([1.5, 2.5], n=3))
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(st.variance(data), st.pvariance(data), st.stdev(data), st.pstdev(data), st.variance([1, 2, 3]), st.variance([1, 2, 3, 4]))
print(st.variance([F(1, 4), F(5, 4), F(1, 2)]), st.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(st.stdev(range(20)), st.pstdev([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), st.variance(data, st.mean(data)))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]; y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, x[::-1]), st.correlation(x, y), st.linear_regression(x, [2 * v + 1 for v in x]), st.linear_regression(x, y, proportional=True))
n = st.NormalDist(100, 15)
print(n, n.cdf(130), n.pdf(100), round(n.inv_cdf(0.975), 9), [round(q, 6) for q in n.quantiles()], n.zscore(115), n.overlap(st.NormalDist(110, 10)))
print(st.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]), n + 5, n * 2, n - st.NormalDist(0, 20), n.mean, n.variance)
for bad in [lambda: st.mean([]), lambda: st.variance([1]), lambda: st.median([]), lambda: st.mode([]), lambda: st.stdev([]),
            lambda: st.harmonic_mean([-1, 2]), lambda: st.geometric_mean([0, 1]), lambda: st.correlation([1, 1], [1, 2]),
            lambda: st.quantiles([1]), lambda: st.mean(['a']), lambda: st.linear_regression([1, 1], [1, 2])]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
