using System.Text.RegularExpressions;

namespace Dataset.Annotations.Drafting;

/// <summary>
/// The body a bare Russian noun refers back to: "В компании отвергли обвинения" after "завод «Волжский нефтехим»" is
/// that plant, "сообщили в ведомстве" after "Федеральная антимонопольная служба" that service, "в министерстве" after
/// "МИД России" that ministry, "на сайте суда" after "Центральный районный суд Новосибирска" that court — the last one
/// named before it of the noun's sort, as written there.
/// </summary>
internal static class RussianBodies
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    /// <summary>The stems of a company's nouns, for the bare noun and for the company named with it.</summary>
    private const string CompanyStems = "компани|авиакомпани|предприяти|завод|фирм|концерн|холдинг|корпораци|комбинат";

    /// <summary>"компании", "предприятии": a company, named by its noun and its name in quotes.</summary>
    private static readonly Regex CompanyNoun = new(@"^(" + CompanyStems + @")[а-яё]{0,3}$", Options);

    /// <summary>"завод «Волжский нефтехим»", "авиакомпания «Волга Авиа»".</summary>
    private static readonly Regex Company = new(@"(?i:" + CompanyStems + @")[а-яё]{0,3}\s+«([^«»]{1,60})»", Options);

    /// <summary>"министерстве": a ministry.</summary>
    private static readonly Regex MinistryNoun = new(@"^министерств[а-яё]{0,3}$", Options);

    /// <summary>"ведомстве", "регуляторе": any government body.</summary>
    private static readonly Regex BodyNoun = new(@"^(ведомств|регулятор)[а-яё]{0,3}$", Options);

    /// <summary>"МИД России", "Министерство транспорта России".</summary>
    private static readonly Regex Ministry = new(@"\bМИД(?:\s+[А-ЯЁ][а-яё]+)?|\bМинистерств[а-яё]{0,3}(?:\s+[а-яё]+){1,3}\s+[А-ЯЁ][а-яё]+", Options);

    /// <summary>
    /// "Федеральная антимонопольная служба", "Федеральное агентство по рыболовству", "Росприроднадзор"; a regional office
    /// with its region: "Управление Роспотребнадзора по Дагестану".
    /// </summary>
    private static readonly Regex Body = new(
        @"\b[А-ЯЁ][а-яё]+(?:\s+[а-яё]+){0,2}\s+(?:служб|агентств|инспекци|прокуратур|комитет)[а-яё]{0,3}(?:\s+[а-яё]+\s+[А-ЯЁ][а-яё]+|\s+[А-ЯЁ][а-яё]+)?"
            + @"|(?:\b[Уу]правлени[а-яё]{0,2}\s+)?\bРос[а-яё]+надзор[а-яё]{0,2}(?:\s+по\s+[А-ЯЁ][а-яё]+(?:\s+(?:области|краю))?)?"
            + @"|\bБанк[а-яё]{0,2}\s+России|\bЦентробанк[а-яё]{0,2}",
        Options);

    /// <summary>"суда": a court.</summary>
    private static readonly Regex CourtNoun = new(@"^суд[а-яё]{0,2}$", Options);

    /// <summary>"Центральный районный суд Новосибирска", "Арбитражный суд".</summary>
    private static readonly Regex Court = new(@"\b[А-ЯЁ][а-яё]+(?:\s+[а-яё]+){0,3}\s+суд[а-яё]{0,2}(?:\s+[А-ЯЁ][а-яё]+)?", Options);

    /// <summary>The name of the body that <paramref name="noun"/> refers back to, the last named in <c>text[..before)</c>; null when none is.</summary>
    public static string? Antecedent(string text, int before, string noun)
    {
        var lower = noun.ToLowerInvariant();
        if (CompanyNoun.IsMatch(lower))
        {
            return Last(Company, text, before, group: 1).Name;
        }

        if (MinistryNoun.IsMatch(lower))
        {
            return Last(Ministry, text, before, group: 0).Name;
        }

        if (CourtNoun.IsMatch(lower))
        {
            return Last(Court, text, before, group: 0).Name;
        }

        if (!BodyNoun.IsMatch(lower))
        {
            return null;
        }

        // Any body: a ministry or another, whichever was named last.
        var ministry = Last(Ministry, text, before, group: 0);
        var body = Last(Body, text, before, group: 0);
        return ministry.At >= body.At ? ministry.Name : body.Name;
    }

    private static (string? Name, int At) Last(Regex pattern, string text, int before, int group)
    {
        (string? Name, int At) last = (null, -1);
        foreach (Match match in pattern.Matches(text.Substring(0, before)))
        {
            last = (match.Groups[group].Value, match.Index);
        }

        return last;
    }
}
