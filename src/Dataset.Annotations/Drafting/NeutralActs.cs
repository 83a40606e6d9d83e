using System.Text.RegularExpressions;
using Dataset.Annotations.Model;
using Dataset.Annotations.Text;

namespace Dataset.Annotations.Drafting;

/// <summary>
/// The most likely act of what a plain "said" or "told" reports, read from what was said: a promise in the first
/// person ("we will") is a pledge; a forecast ("would", "could", "expected", "likely") an assessment; a figure an
/// announcement; anything else a claim. It is a guess, and the draft says so beside it.
/// </summary>
internal static class NeutralActs
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    private static readonly Regex Pledge = new(@"\b(we|i)\s+(will|shall|are going to)\b|\bwe[’']ll\b|\bi[’']ll\b", Options);

    private static readonly Regex Forecast = new(
        @"\b(would|could|may|might|likely|unlikely|expect(s|ed)?|forecast|projected|cannot be ruled out|risk)\b", Options);

    private static readonly Regex Figure = new(@"\d|\b(percent|per cent|million|billion|thousand|hundreds|dozens)\b", Options);

    public static string Of(string content) =>
        Pledge.IsMatch(content) ? SpeechActs.Pledge
        : Forecast.IsMatch(content) ? SpeechActs.Assess
        : Figure.IsMatch(content) ? SpeechActs.Announce
        : CueLexicon.NeutralAct;
}
