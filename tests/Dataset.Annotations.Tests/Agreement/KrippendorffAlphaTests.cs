using System.Globalization;
using Dataset.Annotations.Agreement;

namespace Dataset.Annotations.Tests.Agreement;

/// <summary>Krippendorff's alpha (nominal) against the worked examples it is published with.</summary>
public class KrippendorffAlphaTests
{
    /// <summary>
    /// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: 4 observers, 12 units, missing
    /// values; alpha nominal = 0.743 (unit 12 has one value and is not pairable).
    /// </summary>
    [Fact]
    public void Four_observers_twelve_units_with_missing_values_is_0_743()
    {
        string?[][] observers =
        [
            ["1", "2", "3", "3", "2", "1", "4", "1", "2", null, null, null],
            ["1", "2", "3", "3", "2", "2", "4", "1", "2", "5", null, "3"],
            [null, "3", "3", "3", "2", "3", "4", "2", "2", "5", "1", null],
            ["1", "2", "3", "3", "2", "4", "4", "1", "2", "5", "1", null],
        ];

        var alpha = KrippendorffAlpha.Nominal(Units(observers));

        Assert.Equal(0.743, alpha!.Value, 3);
    }

    /// <summary>Wikipedia, "Krippendorff's alpha", a computational example: 3 coders, 15 units; alpha nominal = 0.691.</summary>
    [Fact]
    public void Wikipedia_three_coders_fifteen_units_is_0_691()
    {
        string?[][] coders =
        [
            [null, null, null, null, null, "3", "4", "1", "2", "1", "1", "3", "3", null, "3"],
            ["1", null, "2", "1", "3", "3", "4", "3", null, null, null, null, null, null, null],
            [null, null, "2", "1", "3", "4", "4", null, "2", "1", "1", "3", "3", null, "4"],
        ];

        Assert.Equal(0.691, KrippendorffAlpha.Nominal(Units(coders))!.Value, 3);
    }

    /// <summary>
    /// Krippendorff (1995), "On the reliability of unitizing continuous data", p. 57, pair A digitised one value per
    /// position (Bertha and Bill): alpha nominal 0.329 (DKPro Agreement's Krippendorff1995Test checks the same figure).
    /// </summary>
    [Fact]
    public void Bertha_and_Bill_digitised_is_0_329()
    {
        var alpha = KrippendorffAlpha.Nominal(
            BerthaAndBill.Select(p => (p.A.ToString(CultureInfo.InvariantCulture), p.B.ToString(CultureInfo.InvariantCulture))));

        Assert.Equal(0.329, alpha!.Value, 3);
    }

    [Fact]
    public void One_value_throughout_is_undefined_and_full_agreement_on_two_values_is_one()
    {
        Assert.Null(KrippendorffAlpha.Nominal(new[] { ("a", "a"), ("a", "a") }));
        Assert.Equal(1.0, KrippendorffAlpha.Nominal(new[] { ("a", "a"), ("b", "b") })!.Value, 10);
        Assert.Null(KrippendorffAlpha.Nominal(Array.Empty<(string, string)>()));
    }

    /// <summary>Bertha's and Bill's codes per position (1 inside a unit), Krippendorff (1995), p. 57.</summary>
    internal static readonly (int A, int B)[] BerthaAndBill =
    [
        (0, 0), (0, 0), (1, 0), (1, 0), (1, 1), (1, 1), (1, 1), (1, 1), (1, 0), (1, 0), (0, 0), (0, 0),
        (0, 0), (0, 0), (1, 0), (1, 1), (1, 1), (1, 0), (1, 0), (1, 0), (0, 0), (0, 0), (0, 0), (0, 0),
    ];

    private static IEnumerable<IReadOnlyList<string?>> Units(string?[][] coders) =>
        Enumerable.Range(0, coders[0].Length).Select(u => (IReadOnlyList<string?>)coders.Select(c => c[u]).ToArray());
}
