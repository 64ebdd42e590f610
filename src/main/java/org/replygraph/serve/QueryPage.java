package org.replygraph.serve;

import java.util.List;

/**
 * A small SPARQL page: example queries, a text area, a run button that POSTs to {@code /sparql}
 * and a results table. Inline script only; cells are set with textContent, never innerHTML.
 */
final class QueryPage {
    private QueryPage() { }

    static String render(List<ExampleQueries.Example> examples, String base) {
        StringBuilder sb = new StringBuilder("<h1>SPARQL</h1><p>Endpoint: <code>/sparql</code> (GET or POST, ")
                .append("SPARQL 1.1 Query; the default graph is the union of all letters' graphs; the ontology is the ")
                .append("named graph <code>&lt;").append(Html.escape(Vocabulary.GRAPH.getURI())).append("&gt;</code>).</p>")
                .append("<label for=\"examples\">Examples</label> <select id=\"examples\">");
        for (int i = 0; i < examples.size(); i++) {
            sb.append("<option value=\"").append(i).append("\">").append(Html.escape(examples.get(i).title()))
                    .append("</option>");
        }
        sb.append("</select><div hidden>");
        for (int i = 0; i < examples.size(); i++) {
            sb.append("<textarea id=\"example-").append(i).append("\">")
                    .append(Html.escape(examples.get(i).sparql())).append("</textarea>");
        }
        sb.append("</div><textarea id=\"sparql\" rows=\"14\">").append(Html.escape(examples.get(0).sparql()))
                .append("</textarea><p><button id=\"run\" type=\"button\">运行 Run</button> <span id=\"status\"></span></p>")
                .append("<table id=\"results\" data-base=\"").append(Html.escape(base)).append("\"></table>").append(SCRIPT);
        return PageLayout.page("SPARQL", sb.toString());
    }

    private static final String SCRIPT = """
            <script>
            (function(){
              var ta=document.getElementById('sparql'),sel=document.getElementById('examples'),
                  table=document.getElementById('results'),status=document.getElementById('status');
              sel.addEventListener('change',function(){ta.value=document.getElementById('example-'+sel.value).value;});
              function cell(row,tag,text){var c=document.createElement(tag);c.textContent=text;row.appendChild(c);return c;}
              function term(row,t){
                if(!t){cell(row,'td','');return;}
                if(t.type!=='uri'){cell(row,'td',t.value);return;}
                var td=cell(row,'td',''),a=document.createElement('a'),base=table.dataset.base;
                a.href=t.value.indexOf(base)===0?'/id/'+t.value.substring(base.length):t.value;
                a.textContent=t.value;td.appendChild(a);
              }
              document.getElementById('run').addEventListener('click',function(){
                status.textContent='…';table.textContent='';
                fetch('/sparql',{method:'POST',headers:{'Content-Type':'application/sparql-query',
                  'Accept':'application/sparql-results+json'},body:ta.value})
                .then(function(r){if(!r.ok){return r.text().then(function(t){throw new Error(t);});}return r.json();})
                .then(function(data){
                  if(data.boolean!==undefined){status.textContent=String(data.boolean);return;}
                  var vars=data.head.vars,head=document.createElement('tr');
                  vars.forEach(function(v){cell(head,'th',v);});table.appendChild(head);
                  data.results.bindings.forEach(function(b){
                    var tr=document.createElement('tr');
                    vars.forEach(function(v){term(tr,b[v]);});table.appendChild(tr);
                  });
                  status.textContent=data.results.bindings.length+' rows';
                }).catch(function(e){status.textContent=e.message;});
              });
            })();
            </script>
            """;
}
