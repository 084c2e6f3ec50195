// Charts of the explorer: each <div data-chart="kind"> draws the JSON in <script id="ID-data">.
(function () {
  "use strict";
  var num = function (v) { return v === null || v === undefined || v === "" ? null : Number(v); };
  var builders = {
    treemap: function (d) {
      return {
        tooltip: { formatter: function (p) { return p.name + "：" + p.value.toFixed(2) + " 万元"; } },
        series: [{ type: "treemap", data: d.tree, leafDepth: 2, roam: false, breadcrumb: { show: true },
          label: { show: true, formatter: "{b}" }, upperLabel: { show: true, height: 22 },
          levels: [{ itemStyle: { borderWidth: 2, gapWidth: 2 } }, { itemStyle: { gapWidth: 1 } }] }]
      };
    },
    pie: function (d) {
      var data = Object.keys(d.values).map(function (k) {
        return { name: k + " " + (d.names[k] || ""), value: num(d.values[k]) };
      });
      return { tooltip: { trigger: "item", formatter: "{b}：{c} 万元（{d}%）" },
        series: [{ type: "pie", radius: ["30%", "70%"], data: data, label: { formatter: "{b}" } }] };
    },
    bars: function (d) {
      var cat = { type: "category", data: d.categories, axisLabel: { interval: 0, width: 160, overflow: "truncate" } };
      var val = { type: "value", name: "万元" };
      return { tooltip: { trigger: "axis" }, legend: {}, grid: { left: 8, right: 24, top: 40, containLabel: true },
        xAxis: d.horizontal ? val : cat, yAxis: d.horizontal ? cat : val,
        series: d.series.map(function (s) {
          return { name: s.name, type: "bar", stack: d.stack ? "all" : undefined, data: s.data.map(num) };
        }) };
    },
    lines: function (d) {
      return { tooltip: { trigger: "axis" }, legend: {}, grid: { left: 8, right: 24, containLabel: true },
        xAxis: { type: "category", data: d.categories }, yAxis: { type: "value", name: "万元" },
        series: d.series.map(function (s) {
          return { name: s.name, type: "line", connectNulls: true, data: s.data.map(num) };
        }) };
    }
  };
  document.querySelectorAll("[data-chart]").forEach(function (el) {
    var source = document.getElementById(el.id + "-data");
    var build = builders[el.dataset.chart];
    if (!source || !build || typeof echarts === "undefined") { return; }
    var chart = echarts.init(el, null, { renderer: "canvas" });
    chart.setOption(build(JSON.parse(source.textContent)));
    el.dataset.rendered = "true";
    window.addEventListener("resize", function () { chart.resize(); });
  });
})();
