using System;
using System.Collections.Generic;
using System.Linq;

namespace ArticleFacts.Cli.Init;

/// <summary>A candidate entity: a capitalised name of the body, its guessed type, and the short forms the text also uses.</summary>
internal sealed record EntityCandidate(string Name, string Type, List<string> Aliases)
{
    /// <summary>The guessed type; a claim that names a place as its source makes it an organization (Seoul said: its government).</summary>
    public string Type { get; set; } = Type;
}

/// <summary>
/// Finds candidate entities: runs of capitalised words in the body (joined by <c>of</c>, <c>the</c>,
/// <c>and</c> inside a name), without sentence-initial words that are not names elsewhere, month and
/// weekday names; deduplicated, with a one-word surname or first word of a longer name kept as its alias.
/// </summary>
internal static class EntityGuesser
{
    private static readonly string[] Connectors = { "of", "the", "for", "de", "al", "bin" };

    /// <summary>Lower-case particles a hyphen joins to the name after them (al-Assad).</summary>
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "al", "el", "ad", "an", "as", "ash", "at", "az", "bin", "ibn", "abu", "ben", "bint" };

    private static readonly HashSet<string> Stopwords = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "And", "But", "Or", "If", "In", "On", "At", "As", "By", "For", "From", "To", "Of", "With", "After", "Before",
        "Earlier", "Later", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "I", "You", "His", "Her", "Their",
        "Our", "Mr", "Mrs", "Ms", "Dr", "There", "Here", "When", "While", "Since", "Meanwhile", "However", "According", "Last", "Next",
        "Today", "Yesterday", "Tomorrow", "Dear", "Thank", "Please", "Your", "Read", "More", "Also", "Both", "Some", "All", "Many",
    };

    /// <summary>Titles before a name (President Vladimir Putin): not part of the name.</summary>
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "President", "Minister", "Prime", "Foreign", "Defense", "Defence", "Secretary", "Chancellor", "Senator", "Governor", "Mayor",
        "General", "Gen", "Colonel", "King", "Queen", "Prince", "Princess", "Pope", "Sheikh", "Leader", "Chairman", "Chief", "Top",
        "Deputy", "Vice", "Ambassador", "Spokesman", "Spokeswoman", "Spokesperson", "Judge", "Justice", "Premier",
    };

    private static readonly HashSet<string> Calendar = new(StringComparer.Ordinal)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    };

    private static readonly HashSet<string> Countries = new(StringComparer.Ordinal)
    {
        "Afghanistan", "Argentina", "Australia", "Austria", "Belarus", "Belgium", "Brazil", "Canada", "Chile", "China", "Colombia",
        "Cuba", "Denmark", "Egypt", "Ethiopia", "Finland", "France", "Georgia", "Germany", "Greece", "India", "Indonesia", "Iran",
        "Iraq", "Ireland", "Israel", "Italy", "Japan", "Jordan", "Kazakhstan", "Kenya", "Lebanon", "Mexico", "Moldova", "Netherlands",
        "New Zealand", "Nigeria", "North Korea", "Norway", "Pakistan", "Poland", "Portugal", "Qatar", "Romania", "Russia", "Saudi Arabia",
        "South Africa", "South Korea", "Spain", "Sudan", "Sweden", "Switzerland", "Syria", "Taiwan", "Turkey", "Ukraine",
        "United Kingdom", "United States", "Venezuela", "Vietnam", "Yemen",
    };

    private static readonly string[] OrganizationWords =
    {
        "Agency", "Ministry", "House", "Times", "News", "Post", "Corp", "Corporation", "Inc", "Ltd", "Company", "Council", "Party",
        "Army", "Navy", "Forces", "University", "Bank", "Committee", "Office", "Department", "Union", "Association", "Institute",
        "Organization", "Organisation", "Court", "Parliament", "Congress", "Senate", "Police", "Service", "Commission", "Fund",
        "Foundation", "Group", "Agency", "Pentagon", "Kremlin", "Federation", "Government", "Assembly", "Network", "Journal",
    };

    /// <summary>Whether <paramref name="word"/> is a title before a name (Mayor, President).</summary>
    public static bool IsTitle(string word) => Titles.Contains(word);

    public static List<EntityCandidate> Find(ArticleBody body)
    {
        var runs = Runs(body).ToList();
        // A sentence's first word is a name when the text capitalises it elsewhere, or it is a word of a longer name (Berg-Olsen of Anna Berg-Olsen).
        var midSentence = new HashSet<string>(runs.Where(r => !r.AtStart || r.Words.Count > 1).SelectMany(r => r.Words), StringComparer.Ordinal);
        var names = new List<string>();
        foreach (var run in runs)
        {
            var words = run.Words;
            // Leading function words and titles go (President Vladimir Putin), but not into a connector (Minister of Foreign Affairs).
            while (words.Count > 1 && (Stopwords.Contains(words[0]) || Titles.Contains(words[0])) && !Connectors.Contains(words[1]))
            {
                words = words.Skip(1).ToList();
            }

            // A sentence's first word alone is a name only if the text capitalises it elsewhere too (not "Traditional allies").
            if (words.Count == 1 && (Stopwords.Contains(words[0]) || (run.AtStart && run.Words.Count == 1 && !midSentence.Contains(words[0]))))
            {
                continue;
            }

            while (words.Count > 0 && Connectors.Contains(words[^1]))
            {
                words = words.Take(words.Count - 1).ToList();
            }

            var name = string.Join(" ", words);
            if (words.Count > 0 && !Calendar.Contains(name) && !Titles.Contains(name) && !names.Contains(name, StringComparer.Ordinal))
            {
                names.Add(name);
            }
        }

        var multi = names.Where(n => n.Contains(' ', StringComparison.Ordinal)).ToList();
        var candidates = new List<EntityCandidate>();
        foreach (var name in names)
        {
            var longer = multi.Where(m => m != name && m.Split(' ').Contains(name, StringComparer.Ordinal)).ToList();
            if (longer.Count == 1)
            {
                continue; // "Putin" of "Vladimir Putin": an alias, added below
            }

            candidates.Add(new EntityCandidate(name, Type(name), new List<string>()));
        }

        foreach (var name in names.Where(n => !n.Contains(' ', StringComparison.Ordinal)))
        {
            var longer = candidates.Where(c => c.Name != name && c.Name.Split(' ').Contains(name, StringComparer.Ordinal)).ToList();
            if (longer.Count == 1 && multi.Count(m => m.Split(' ').Contains(name, StringComparer.Ordinal)) == 1)
            {
                longer[0].Aliases.Add(name);
            }
        }

        return candidates;
    }

    private static string Type(string name)
    {
        var words = name.Split(' ');
        if (Countries.Contains(name))
        {
            return "country";
        }

        if (words.Any(w => OrganizationWords.Contains(w, StringComparer.Ordinal)) || words.Skip(1).Any(w => Connectors.Contains(w)) || words.All(w => w.All(char.IsUpper)))
        {
            return "organization";
        }

        return words.Length is >= 2 and <= 4 ? "person" : "place";
    }

    private sealed record Run(List<string> Words, bool AtStart);

    /// <summary>
    /// Runs of capitalised words separated by single spaces, with lower-case connectors inside; a
    /// possessive ends a run (Russia's far east, North Korea's Foreign Minister) unless a capitalised word
    /// other than a title follows (People's Republic).
    /// </summary>
    private static IEnumerable<Run> Runs(ArticleBody body)
    {
        var words = Compounds(body);
        bool Joined(int a, int b) => b < words.Count && body.Text[words[a].End..words[b].Start] == " ";
        for (var i = 0; i < words.Count; i++)
        {
            if (!IsCapitalised(words[i].Text))
            {
                continue;
            }

            var run = new List<string>();
            var j = i;
            while (true)
            {
                var next = Joined(j, j + 1) && IsCapitalised(words[j + 1].Text) ? j + 1
                    : Joined(j, j + 1) && Joined(j + 1, j + 2) && Connectors.Contains(words[j + 1].Text) && IsCapitalised(words[j + 2].Text) ? j + 2
                    : -1;
                if (next < 0 || (EndsPossessive(words[j].Text) && (next != j + 1 || Titles.Contains(words[next].Text))))
                {
                    run.Add(Bare(words[j].Text));
                    break;
                }

                run.Add(words[j].Text);
                if (next == j + 2)
                {
                    run.Add(words[j + 1].Text);
                }

                j = next;
            }

            yield return new Run(run, body.AtSentenceStart(words[i].Start));
            i = j;
        }
    }

    /// <summary>
    /// The body's words with hyphenated names joined (Berg-Olsen, al-Assad): a hyphen between a
    /// capitalised word (or a particle such as <c>al</c>) and a capitalised word, unless either side is a
    /// country (a Russia-Ukraine war is two names). Apostrophes are inside words already (O'Brien, Ba'ath).
    /// </summary>
    private static List<Word> Compounds(ArticleBody body)
    {
        var words = body.Words;
        var tokens = new List<Word>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            var token = words[i];
            while (i + 1 < words.Count && body.Text[token.End..words[i + 1].Start] is "-" or "\u2010" or "\u2011"
                && char.IsUpper(words[i + 1].Text[0]) && (char.IsUpper(token.Text[0]) || Particles.Contains(token.Text))
                && !Countries.Contains(words[i + 1].Text) && !Countries.Contains(token.Text))
            {
                token = new Word(body.Text[token.Start..words[i + 1].End], token.Start);
                i++;
            }

            tokens.Add(token);
        }

        return tokens;
    }

    private static bool IsCapitalised(string word) =>
        (char.IsUpper(word[0]) || (word.IndexOf('-', StringComparison.Ordinal) is > 0 and var hyphen && Particles.Contains(word[..hyphen]))) && !char.IsDigit(word[^1]);

    private static bool EndsPossessive(string word) => word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal);

    private static string Bare(string word) => EndsPossessive(word) ? word[..^2] : word;
}
