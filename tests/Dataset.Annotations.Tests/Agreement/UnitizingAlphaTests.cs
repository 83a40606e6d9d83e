using Dataset.Annotations.Agreement;

namespace Dataset.Annotations.Tests.Agreement;

/// <summary>
/// Unitizing alpha against Krippendorff's published examples, with the figures DKPro Agreement's tests
/// (Krippendorff1995Test, Krippendorff2004Test) check its KrippendorffAlphaUnitizingAgreement against.
/// </summary>
public class UnitizingAlphaTests
{
    /// <summary>
    /// Krippendorff (2004), Content Analysis, 2nd ed., p. 254: two coders on the continuum [150, 450); category c:
    /// observed 0.0144, expected 0.0532, alpha 0.7286; category k alpha 1; both 0.8591.
    /// </summary>
    [Fact]
    public void Content_analysis_example_is_0_8591()
    {
        var study = new UnitizingAlpha(150, 300, 2,
        [
            new(0, "c", 225, 70), new(0, "c", 370, 30), new(1, "c", 220, 80), new(1, "c", 355, 20), new(1, "c", 400, 20),
            new(0, "k", 180, 60), new(0, "k", 300, 50), new(1, "k", 180, 60), new(1, "k", 300, 50),
        ]);

        Assert.Equal(0.0144, study.ObservedDisagreement("c"), 4);
        Assert.Equal(0.0532, study.ExpectedDisagreement("c"), 4);
        Assert.Equal(0.7286, study.Alpha("c")!.Value, 4);
        Assert.Equal(0.0, study.ObservedDisagreement("k"), 4);
        Assert.Equal(0.0490, study.ExpectedDisagreement("k"), 4);
        Assert.Equal(1.0, study.Alpha("k")!.Value, 4);
        Assert.Equal(0.8591, study.Alpha()!.Value, 3);
    }

    /// <summary>
    /// Krippendorff (1995), "On the reliability of unitizing continuous data", p. 57: four pairs of coders on 24
    /// positions. The observed disagreements are exact; the paper's alphas (0.553, −0.926, 0.679, 0.066) treat the
    /// continuum as continuous, so they are met on the same example stretched 50,000 times (as DKPro does, within 0.02).
    /// </summary>
    [Theory]
    [InlineData("A", 0.03125, 0.553)]
    [InlineData("B", 2.26736, -0.926)]
    [InlineData("C", 0.02777, 0.679)]
    [InlineData("D", 0.38715, 0.066)]
    public void Four_pairs_of_coders_have_the_published_alphas(string pair, double observed, double alpha)
    {
        Assert.Equal(observed, Example1995(1).ObservedDisagreement(pair), 0.00001);
        Assert.Equal(alpha, Example1995(50_000).Alpha(pair)!.Value, 0.02);
    }

    /// <summary>DKPro Agreement's UnitizingAgreementTest: one coder marks 1–9, the other 2, 4 and 6: alpha −0.7003.</summary>
    [Fact]
    public void One_long_unit_against_three_short_ones_is_negative()
    {
        var study = new UnitizingAlpha(0, 10, 2, [new(0, "A", 1, 8), new(1, "A", 2, 1), new(1, "A", 4, 1), new(1, "A", 6, 1)]);

        Assert.Equal(0.9100, study.ObservedDisagreement("A"), 0.0001);
        Assert.Equal(0.5351, study.ExpectedDisagreement("A"), 0.0001);
        Assert.Equal(-0.7003, study.Alpha("A")!.Value, 0.0001);
    }

    [Fact]
    public void No_unit_is_undefined_and_identical_units_agree_fully()
    {
        Assert.Null(new UnitizingAlpha(0, 20, 2, []).Alpha("A"));
        Assert.Equal(1.0, new UnitizingAlpha(0, 20, 2, [new(0, "A", 3, 5), new(1, "A", 3, 5)]).Alpha("A")!.Value, 10);
    }

    /// <summary>The four pairs A–D of Krippendorff (1995), p. 57, each unit (start, length, coder) times <paramref name="stretch"/>.</summary>
    private static UnitizingAlpha Example1995(long stretch)
    {
        (string Pair, long Start, long Length, int Coder)[] units =
        [
            ("A", 2, 8, 0), ("A", 14, 6, 0), ("A", 4, 4, 1), ("A", 15, 2, 1),
            ("B", 0, 18, 0), ("B", 0, 2, 1), ("B", 2, 1, 1), ("B", 3, 1, 1), ("B", 4, 1, 1), ("B", 5, 1, 1), ("B", 6, 3, 1), ("B", 9, 1, 1),
            ("C", 2, 6, 0), ("C", 10, 2, 0), ("C", 14, 4, 0), ("C", 20, 2, 0),
            ("C", 0, 2, 1), ("C", 4, 4, 1), ("C", 10, 4, 1), ("C", 16, 2, 1), ("C", 20, 2, 1),
            ("D", 0, 2, 0), ("D", 2, 8, 0), ("D", 10, 4, 0), ("D", 14, 6, 0), ("D", 20, 4, 0),
            ("D", 0, 4, 1), ("D", 4, 4, 1), ("D", 8, 7, 1), ("D", 15, 2, 1), ("D", 17, 7, 1),
        ];
        return new UnitizingAlpha(0, 24 * stretch, 2, units.Select(u => new UnitizedSpan(u.Coder, u.Pair, u.Start * stretch, u.Length * stretch)));
    }
}
