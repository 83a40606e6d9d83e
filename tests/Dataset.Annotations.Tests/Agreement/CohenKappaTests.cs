using System.Globalization;
using Dataset.Annotations.Agreement;

namespace Dataset.Annotations.Tests.Agreement;

/// <summary>Cohen's kappa against textbook examples.</summary>
public class CohenKappaTests
{
    /// <summary>
    /// Wikipedia, "Cohen's kappa", the 50 grant proposals read by two readers: 20 both yes, 15 both no, 5 yes by A
    /// only, 10 yes by B only; p_o = 0.7, p_e = 0.5, kappa = 0.4.
    /// </summary>
    [Fact]
    public void Fifty_proposals_is_0_4()
    {
        var pairs = Repeat(("yes", "yes"), 20).Concat(Repeat(("yes", "no"), 5)).Concat(Repeat(("no", "yes"), 10)).Concat(Repeat(("no", "no"), 15)).ToList();

        Assert.Equal(0.4, CohenKappa.Of(pairs)!.Value, 10);
    }

    /// <summary>Krippendorff (1995), p. 57, pair A digitised (Bertha and Bill): kappa 0.385, as the paper gives it.</summary>
    [Fact]
    public void Bertha_and_Bill_digitised_is_0_385()
    {
        var pairs = KrippendorffAlphaTests.BerthaAndBill.Select(p => (p.A.ToString(CultureInfo.InvariantCulture), p.B.ToString(CultureInfo.InvariantCulture)))
            .ToList();

        Assert.Equal(0.385, CohenKappa.Of(pairs)!.Value, 3);
    }

    [Fact]
    public void No_units_or_one_value_throughout_is_undefined()
    {
        Assert.Null(CohenKappa.Of(Array.Empty<(string, string)>()));
        Assert.Null(CohenKappa.Of(new[] { ("a", "a"), ("a", "a") }));
    }

    private static IEnumerable<(string, string)> Repeat((string, string) pair, int count) => Enumerable.Repeat(pair, count);
}
