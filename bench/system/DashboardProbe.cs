using Microsoft.Playwright;

namespace Segmentation.Bench.System;

/// <summary>Reads the browser's own clock: a script installed before the dashboard's scripts records the
/// time of each input (its event timestamp) and the first moment after a DOM change at which a named
/// condition holds (a MutationObserver, i.e. right after the script that rendered it, as the page's own
/// "clients-shown" mark does), plus every long task. Conditions are named in the script, not sent as
/// code: the page's CSP (script-src 'self') forbids eval.</summary>
public sealed class DashboardProbe(IPage page)
{
    public const string Script = """
        (() => {
          if (window.__bench) return;
          const bench = window.__bench = { longTasks: [], input: {}, watches: [] };
          performance.setResourceTimingBufferSize(100000);
          try {
            new PerformanceObserver((list) => { for (const e of list.getEntries()) bench.longTasks.push([e.startTime, e.duration]); })
              .observe({ type: 'longtask', buffered: true });
          } catch { }
          for (const type of ['click', 'change', 'input']) addEventListener(type, (e) => { bench.input[type] = e.timeStamp; }, true);
          const $ = (id) => document.getElementById(id);
          const cards = () => !!document.querySelector('#cards .client-card');
          const title = (year) => $('clients-title')?.textContent === `Clients ${year}`;
          const idle = () => $('clients-status')?.childElementCount === 0;
          const tests = {
            cards,
            loaded: () => cards() && idle() && $('filter-cse').options.length > 1,
            panel: (name) => $('panel-header')?.querySelector('h2')?.textContent === name && !!document.querySelector('#panel-body #forecast'),
            year: (year) => title(year) && cards(),
            yearLoaded: (year) => title(year) && cards() && idle(),
            rerendered: () => !!document.querySelector('#cards .client-card') && !document.querySelector('#cards .client-card').__bench,
            searched: (text) => (cards() && [...document.querySelectorAll('#cards .client-card')].every((c) => c.dataset.client.toLowerCase().includes(text)))
              || (!cards() && $('clients-empty')?.hidden === false),
          };
          const check = () => {
            for (const w of bench.watches) if (w.at === undefined && tests[w.test](w.arg)) { w.at = performance.now(); w.done(w.at); }
          };
          bench.arm = (name, test, arg) => {
            const w = { name, test, arg, at: undefined };
            w.promise = new Promise((resolve) => { w.done = resolve; });
            bench.watches.push(w);
          };
          bench.when = (name, ms) => Promise.race([bench.watches.find((w) => w.name === name).promise,
            new Promise((_, reject) => setTimeout(() => reject(new Error(`${name}: not reached in ${ms} ms`)), ms))]);
          bench.arm('cards', 'cards');
          bench.arm('loaded', 'loaded');
          new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
        })();
        """;

    /// <summary>Watches for <paramref name="test"/>(<paramref name="arg"/>) from now on (checked after each DOM change).</summary>
    public Task ArmAsync(string name, string test, object? arg = null) =>
        page.EvaluateAsync("([name, test, arg]) => window.__bench.arm(name, test, arg)", new[] { name, test, arg });

    /// <summary>performance.now() when the watched condition first held.</summary>
    public Task<double> WhenAsync(string name, TimeSpan timeout) =>
        page.EvaluateAsync<double>("([name, ms]) => window.__bench.when(name, ms)", new object[] { name, (int)timeout.TotalMilliseconds });

    /// <summary>The timestamp of the last input of this type (click, change, input): when the browser dispatched it.</summary>
    public Task<double> InputAsync(string type) => page.EvaluateAsync<double>("type => window.__bench.input[type] ?? -1", type);

    public Task<double> MarkAsync(string name) =>
        page.EvaluateAsync<double>("name => performance.getEntriesByName(name)[0]?.startTime ?? -1", name);

    /// <summary>Long tasks that started in [from, to]: how many and the longest (ms).</summary>
    public async Task<(int Count, double Longest)> LongTasksAsync(double from, double to)
    {
        var tasks = await page.EvaluateAsync<double[][]>(
            "([from, to]) => window.__bench.longTasks.filter(([s]) => s >= from && s <= to)", new[] { from, to });
        return (tasks.Length, tasks.Select(t => t[1]).DefaultIfEmpty(0).Max());
    }

    /// <summary>The paths of the REST calls (fetch) that started in [from, to].</summary>
    public Task<string[]> CallsAsync(double from, double to) => page.EvaluateAsync<string[]>(
        "([from, to]) => performance.getEntriesByType('resource').filter((e) => e.initiatorType === 'fetch' && e.startTime >= from && e.startTime <= to" +
        " && new URL(e.name).pathname.startsWith('/api/')).map((e) => new URL(e.name).pathname)", new[] { from, to });

    /// <summary>When the first fetch of <paramref name="path"/> was sent and how long its answer took (ms).</summary>
    public async Task<(double Sent, double Took)> FirstCallAsync(string path)
    {
        var t = await page.EvaluateAsync<double[]>(
            "path => { const e = performance.getEntriesByType('resource').find((e) => e.initiatorType === 'fetch' && new URL(e.name).pathname === path);" +
            " return e ? [e.startTime, e.responseEnd - e.startTime] : [-1, -1]; }", path);
        return (t[0], t[1]);
    }
}
