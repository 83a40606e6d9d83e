namespace Dataset.CorpusMaker;

/// <summary>The words synthetic articles are made of. Topic phrases are distinct and none contains another.</summary>
internal static class Vocabulary
{
    public static readonly (string Id, string Name, string Demonym, string Capital)[] States =
    {
        ("russia", "Russia", "Russian", "Moscow"), ("ukraine", "Ukraine", "Ukrainian", "Kyiv"),
        ("united-states", "United States", "US", "Washington"), ("united-kingdom", "United Kingdom", "British", "London"),
        ("france", "France", "French", "Paris"), ("germany", "Germany", "German", "Berlin"), ("iran", "Iran", "Iranian", "Tehran"),
        ("china", "China", "Chinese", "Beijing"), ("india", "India", "Indian", "New Delhi"), ("pakistan", "Pakistan", "Pakistani", "Islamabad"),
        ("turkey", "Turkey", "Turkish", "Ankara"), ("japan", "Japan", "Japanese", "Tokyo"), ("brazil", "Brazil", "Brazilian", "Brasilia"),
        ("poland", "Poland", "Polish", "Warsaw"), ("italy", "Italy", "Italian", "Rome"), ("spain", "Spain", "Spanish", "Madrid"),
        ("canada", "Canada", "Canadian", "Ottawa"), ("mexico", "Mexico", "Mexican", "Mexico City"), ("egypt", "Egypt", "Egyptian", "Cairo"),
        ("saudi-arabia", "Saudi Arabia", "Saudi", "Riyadh"), ("israel", "Israel", "Israeli", "Jerusalem"), ("qatar", "Qatar", "Qatari", "Doha"),
        ("south-africa", "South Africa", "South African", "Pretoria"), ("nigeria", "Nigeria", "Nigerian", "Abuja"), ("kenya", "Kenya", "Kenyan", "Nairobi"),
        ("indonesia", "Indonesia", "Indonesian", "Jakarta"), ("australia", "Australia", "Australian", "Canberra"), ("norway", "Norway", "Norwegian", "Oslo"),
        ("sweden", "Sweden", "Swedish", "Stockholm"), ("finland", "Finland", "Finnish", "Helsinki"), ("belarus", "Belarus", "Belarusian", "Minsk"),
        ("moldova", "Moldova", "Moldovan", "Chisinau"), ("georgia", "Georgia", "Georgian", "Tbilisi"), ("armenia", "Armenia", "Armenian", "Yerevan"),
        ("azerbaijan", "Azerbaijan", "Azerbaijani", "Baku"), ("kazakhstan", "Kazakhstan", "Kazakh", "Astana"), ("syria", "Syria", "Syrian", "Damascus"),
        ("iraq", "Iraq", "Iraqi", "Baghdad"), ("afghanistan", "Afghanistan", "Afghan", "Kabul"), ("south-korea", "South Korea", "South Korean", "Seoul"),
        ("north-korea", "North Korea", "North Korean", "Pyongyang"), ("vietnam", "Vietnam", "Vietnamese", "Hanoi"),
        ("argentina", "Argentina", "Argentine", "Buenos Aires"),
        ("chile", "Chile", "Chilean", "Santiago"), ("hungary", "Hungary", "Hungarian", "Budapest"), ("romania", "Romania", "Romanian", "Bucharest"),
    };

    public static readonly (string Id, string Name)[] Organizations =
    {
        ("european-union", "European Union"), ("nato", "Nato"), ("united-nations", "United Nations"), ("iaea", "International Atomic Energy Agency"),
        ("imf", "International Monetary Fund"), ("world-bank", "World Bank"), ("opec", "Opec"), ("african-union", "African Union"),
        ("arab-league", "Arab League"), ("g7", "Group of Seven"), ("red-cross", "International Committee of the Red Cross"),
        ("who", "World Health Organization"),
        ("osce", "Organization for Security and Co-operation in Europe"), ("asean", "Association of Southeast Asian Nations"),
        ("wto", "World Trade Organization"),
    };

    public static readonly string[] Ministries = { "Foreign Ministry", "Defence Ministry", "Finance Ministry", "Energy Ministry", "Interior Ministry" };

    public static readonly string[] Offices =
    {
        "Foreign Minister", "Defence Minister", "Prime Minister", "President", "Finance Minister", "national security spokesperson",
        "ambassador to the United Nations", "Energy Minister", "deputy foreign minister", "presidential spokesperson",
    };

    public static readonly string[] FirstNames =
    {
        "Anna", "Boris", "Carla", "David", "Elena", "Farid", "Grace", "Hassan", "Irina", "James", "Karin", "Li", "Maria", "Nikolai",
        "Olga", "Pedro", "Qasim", "Rosa", "Sergei", "Tomas", "Ursula", "Viktor", "Wei", "Ximena", "Yusuf", "Zofia", "Ahmed", "Brigitte",
        "Chen", "Dmitri", "Emma", "Fatima", "Giorgi", "Hiroshi", "Ines", "Jan", "Kemal", "Leila", "Mateo", "Nadia",
    };

    public static readonly string[] LastNames =
    {
        "Abramov", "Bauer", "Castillo", "Dubois", "Eriksen", "Fischer", "Gonzalez", "Haddad", "Ivanova", "Jensen", "Kowalski", "Larsen",
        "Moreau", "Novak", "Okafor", "Petrov", "Qureshi", "Rossi", "Schmidt", "Tanaka", "Ueda", "Volkov", "Weber", "Xu", "Yilmaz", "Zhang",
        "Alvarez", "Becker", "Costa", "Diallo", "Esposito", "Fernandes", "Garcia", "Horvath", "Ibrahim", "Jovanovic", "Kim", "Lindqvist",
        "Mensah", "Nakamura", "Ortega", "Popescu", "Ramos", "Sato", "Torres", "Usman", "Varga", "Wojcik", "Yamamoto", "Zimmermann",
    };

    public static readonly string[] Publishers = { "Dawn", "Reuters", "AFP", "Al Jazeera", "The Guardian", "AP", "BBC", "Kyiv Independent" };

    public static readonly string[] Weekdays = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };

    /// <summary>What statements and sanctions are about; each item of an article takes a different one, so its evidence is unique.</summary>
    public static readonly string[] Topics =
    {
        "the grain export corridor", "drone deliveries to the front", "the nuclear plant on the Dnipro", "a ceasefire along the southern line",
        "frozen central bank reserves", "the gas pipeline under the Baltic", "prisoner exchanges brokered by Ankara", "air defence systems for Kyiv",
        "long-range missile supplies", "the oil price cap", "shipping through the Black Sea", "refugee flows into Poland",
        "election monitoring in Moldova", "the enrichment of uranium", "inspections at Zaporizhzhia", "humanitarian access to Mariupol",
        "the seizure of oligarch yachts", "a debt relief package", "export controls on microchips", "tank deliveries from Germany",
        "the peace formula of Kyiv", "military exercises near Taiwan", "the annexation referendums", "power cuts across the country",
        "fertiliser shipments to Africa", "a naval blockade of Odesa", "cyber attacks on utilities", "the mobilisation of reservists",
        "training missions for pilots", "the withdrawal from Kherson", "a summit in Bali", "war crimes investigations",
        "asset freezes on state banks", "the reconstruction fund", "mercenary recruitment abroad", "cluster munitions stockpiles",
        "the expulsion of diplomats", "a visa ban on officials", "insurance for cargo ships", "the price of diesel in Europe",
        "spare parts for civilian aircraft", "satellite imagery of troop moves", "the safety of the dam at Kakhovka", "ammunition production lines",
    };

    public static readonly string[] Clauses =
    {
        "talks would continue", "the door to diplomacy remained open", "more pressure was needed", "the matter was under review",
        "no decision had been taken", "allies would act together", "the risks were rising", "progress had been made",
    };

    public static readonly string[] Fillers =
    {
        "Officials met again later in the day to review the schedule.",
        "The remarks came as diplomats gathered for another round of meetings.",
        "The coming weeks are likely to test the unity of the coalition.",
        "Markets reacted cautiously to the news, with prices little changed by the afternoon.",
        "The war, now in its ninth month, has displaced millions of people.",
        "A previous round of discussions ended without agreement.",
        "Independent verification of the claims was not possible.",
    };

    public static readonly string[] Reasons =
    {
        "supply of weapons to the invading force", "human rights abuses", "evasion of earlier measures", "cyber attacks on infrastructure",
        "support for the annexation", "financing of mercenary groups",
    };
}
