namespace Pipeline.Crawler.Http;

/// <summary>robots.txt as the Robots Exclusion Protocol (RFC 9309) reads it: the group for our
/// user agent (or "*"), the longest matching Allow/Disallow wins, "*" and "$" wildcards; Crawl-delay.</summary>
internal sealed class RobotsRules
{
    private readonly List<(bool Allow, string Pattern)> _rules;

    private RobotsRules(List<(bool, string)> rules, TimeSpan? crawlDelay)
    {
        _rules = rules;
        CrawlDelay = crawlDelay;
    }

    public static RobotsRules AllowAll { get; } = new(new List<(bool, string)>(), null);
    public static RobotsRules DisallowAll { get; } = new(new List<(bool, string)> { (false, "/") }, null);

    public TimeSpan? CrawlDelay { get; }

    public static RobotsRules Parse(string text, string userAgent)
    {
        var token = userAgent.Split('/')[0].Trim().ToLowerInvariant();
        var groups = new List<(List<string> Agents, List<(bool, string)> Rules, TimeSpan? Delay)>();
        (List<string> Agents, List<(bool, string)> Rules, TimeSpan? Delay)? current = null;
        var lastWasAgent = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Split('#')[0].Trim();
            var colon = line.IndexOf(':');
            if (colon <= 0) continue;
            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (key == "user-agent")
            {
                if (current == null || !lastWasAgent)
                {
                    current = (new List<string>(), new List<(bool, string)>(), null);
                    groups.Add(current.Value);
                }
                current.Value.Agents.Add(value.ToLowerInvariant());
                lastWasAgent = true;
                continue;
            }
            lastWasAgent = false;
            if (current == null) continue;
            var group = current.Value;
            if (key == "disallow" && value.Length > 0) group.Rules.Add((false, value));
            else if (key == "allow" && value.Length > 0) group.Rules.Add((true, value));
            else if (key == "crawl-delay" && double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var s) && s >= 0)
            {
                var index = groups.FindIndex(g => ReferenceEquals(g.Agents, group.Agents));
                groups[index] = (group.Agents, group.Rules, TimeSpan.FromSeconds(Math.Min(s, 60)));
                current = groups[index];
            }
        }
        var mine = groups.Where(g => g.Agents.Any(a => a != "*" && token.StartsWith(a, StringComparison.Ordinal))).ToList();
        if (mine.Count == 0) mine = groups.Where(g => g.Agents.Contains("*")).ToList();
        return new RobotsRules(mine.SelectMany(g => g.Rules).ToList(), mine.Select(g => g.Delay).FirstOrDefault(d => d != null));
    }

    public bool Allows(Uri uri)
    {
        var path = uri.PathAndQuery;
        var best = -1;
        var allowed = true;
        foreach (var (allow, pattern) in _rules)
        {
            if (!Matches(pattern, path)) continue;
            // Longest match wins; on a tie Allow wins.
            if (pattern.Length > best || (pattern.Length == best && allow))
            {
                best = pattern.Length;
                allowed = allow;
            }
        }
        return allowed;
    }

    private static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        if (anchored) pattern = pattern[..^1];
        var parts = pattern.Split('*');
        if (!path.StartsWith(parts[0], StringComparison.Ordinal)) return false;
        var position = parts[0].Length;
        for (var i = 1; i < parts.Length; i++)
        {
            var found = path.IndexOf(parts[i], position, StringComparison.Ordinal);
            if (found < 0) return false;
            position = found + parts[i].Length;
        }
        if (!anchored) return true;
        return parts.Length == 1 ? path.Length == position : path.EndsWith(parts[^1], StringComparison.Ordinal);
    }
}
