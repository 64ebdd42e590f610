(function(){
  var ta=document.getElementById('sparql'),sel=document.getElementById('examples'),
      table=document.getElementById('results'),status=document.getElementById('status'),
      hl=document.getElementById('highlight'),more=document.getElementById('more'),
      share=document.getElementById('share'),graphOut=document.getElementById('graph-result'),
      base=table.dataset.base,max=parseInt(table.dataset.maxRows,10)||1000;

  // Syntax highlighting: the text area is transparent over a <pre> holding the same text in
  // coloured spans (built with textContent, never innerHTML). One regex, tried in order.
  var TOKEN=/(#[^\n]*)|("""[\s\S]*?"""|'''[\s\S]*?'''|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')|(<[^<>"{}|^`\\\s]*>)|([?$][A-Za-z0-9_\u00B7-\uFFFF]+)|(@[A-Za-z]+(?:-[A-Za-z0-9]+)*)|([A-Za-z][\w.-]*)?(:[\w.%-]*)|(\b\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\b)|([A-Za-z_]\w*)/g;
  var KEYWORDS=/^(SELECT|CONSTRUCT|DESCRIBE|ASK|WHERE|PREFIX|BASE|FROM|NAMED|GRAPH|OPTIONAL|UNION|MINUS|FILTER|BIND|VALUES|SERVICE|SILENT|AS|DISTINCT|REDUCED|ORDER|BY|ASC|DESC|LIMIT|OFFSET|GROUP|HAVING|NOT|EXISTS|IN|UNDEF|a|true|false|COUNT|SUM|MIN|MAX|AVG|SAMPLE|GROUP_CONCAT|SEPARATOR|STR|LANG|LANGMATCHES|DATATYPE|BOUND|IRI|URI|BNODE|RAND|ABS|CEIL|FLOOR|ROUND|CONCAT|STRLEN|UCASE|LCASE|ENCODE_FOR_URI|CONTAINS|STRSTARTS|STRENDS|STRBEFORE|STRAFTER|YEAR|MONTH|DAY|HOURS|MINUTES|SECONDS|TIMEZONE|TZ|NOW|UUID|STRUUID|MD5|SHA1|SHA256|SHA384|SHA512|COALESCE|IF|STRLANG|STRDT|SAMETERM|ISIRI|ISURI|ISBLANK|ISLITERAL|ISNUMERIC|REGEX|SUBSTR|REPLACE)$/i;
  var CLASSES=['tok-comment','tok-string','tok-iri','tok-var','tok-lang',null,null,'tok-number','tok-word'];
  /** The query as [text, class] pieces; exported for the browser test through window.rgTokens. */
  function tokens(text){
    var out=[],last=0,m;TOKEN.lastIndex=0;
    while((m=TOKEN.exec(text))!==null){
      if(m[0]===''){TOKEN.lastIndex++;continue;}
      if(m.index>last)out.push([text.substring(last,m.index),null]);
      var cls=null;
      for(var i=1;i<m.length;i++){if(m[i]!==undefined){cls=i;break;}}
      if(cls===6||cls===7){cls='tok-pname';}
      else if(cls===9){cls=KEYWORDS.test(m[0])?'tok-keyword':null;}
      else{cls=CLASSES[cls-1];}
      out.push([m[0],cls]);last=TOKEN.lastIndex;
    }
    if(last<text.length)out.push([text.substring(last),null]);
    return out;
  }
  window.rgTokens=tokens;
  function highlight(){
    hl.textContent='';
    tokens(ta.value+'\n').forEach(function(t){
      if(t[1]){var s=document.createElement('span');s.className=t[1];s.textContent=t[0];hl.appendChild(s);}
      else{hl.appendChild(document.createTextNode(t[0]));}
    });
    // The text area grows with its text, so it never scrolls apart from the copy under it.
    ta.style.height='auto';ta.style.height=(ta.scrollHeight+2)+'px';
    hl.scrollTop=ta.scrollTop;hl.scrollLeft=ta.scrollLeft;
  }
  ta.addEventListener('input',highlight);
  ta.addEventListener('scroll',function(){hl.scrollTop=ta.scrollTop;hl.scrollLeft=ta.scrollLeft;});
  sel.addEventListener('change',function(){ta.value=document.getElementById('example-'+sel.value).value;highlight();});
  document.body.classList.add('highlighting');
  highlight();

  function cell(row,tag,text){var c=document.createElement(tag);c.textContent=text;row.appendChild(c);return c;}
  var wanted={};   // IRI -> the cells that wait for its label
  function term(row,t){
    if(!t){cell(row,'td','');return;}
    if(t.type==='literal'||t.type==='typed-literal'){
      var td=cell(row,'td',t.value);
      var note=t['xml:lang']||(t.datatype&&!/#string$/.test(t.datatype)?t.datatype.replace(/^.*[#\/]/,'xsd:'):'');
      if(note){var n=document.createElement('span');n.className='lang';n.textContent=' '+note;td.appendChild(n);}
      return;
    }
    // Only http(s) IRIs become links: a javascript: IRI in the data stays text.
    if(t.type!=='uri'||!/^https?:/i.test(t.value)){cell(row,'td',t.value);return;}
    var td=cell(row,'td',''),a=document.createElement('a');
    a.href=t.value.indexOf(base)===0?'/id/'+t.value.substring(base.length):t.value;
    a.textContent=t.value;td.appendChild(a);
    // Only IRIs that can sit between <> in the label query are looked up.
    if(/^https?:[^<>"{}|^`\\\s]*$/.test(t.value))(wanted[t.value]=wanted[t.value]||[]).push(td);
  }
  // Labels beside IRIs: one more query for the labels of the IRIs drawn (simplified Chinese first).
  function labels(){
    var iris=Object.keys(wanted);if(!iris.length)return;
    var values=iris.map(function(i){return '<'+i+'>';}).join(' ');
    var q='PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nPREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n'
      +'SELECT ?s ?l ?k WHERE { VALUES ?s { '+values+' } '
      +'{ ?s rdfs:label ?l FILTER(langMatches(lang(?l),"zh-Hans")) BIND(1 AS ?k) } UNION { ?s skos:prefLabel ?l BIND(2 AS ?k) } UNION '
      +'{ ?s rdfs:label ?l FILTER(lang(?l)="") BIND(3 AS ?k) } UNION '
      +'{ GRAPH <https://w3id.org/replygraph/ns> { ?s rdfs:label ?l FILTER(langMatches(lang(?l),"zh-Hans")) } BIND(4 AS ?k) } }';
    var asked=wanted;wanted={};
    fetch('/sparql',{method:'POST',headers:{'Content-Type':'application/sparql-query','Accept':'application/sparql-results+json'},body:q})
      .then(function(r){return r.ok?r.json():null;})
      .then(function(data){
        if(!data)return;
        var best={};   // the best label of each IRI: lowest ?k, then shortest, then first in code order
        data.results.bindings.forEach(function(b){
          var k=parseInt(b.k.value,10),o=best[b.s.value],l=b.l.value;
          if(!o||k<o.k||(k===o.k&&(l.length<o.l.length||(l.length===o.l.length&&l<o.l))))best[b.s.value]={k:k,l:l};
        });
        Object.keys(best).forEach(function(iri){
          if(!asked[iri])return;
          asked[iri].forEach(function(td){
            var s=document.createElement('span');s.className='label';s.textContent=best[iri].l;
            td.insertBefore(s,td.firstChild);td.insertBefore(document.createTextNode(' '),s.nextSibling);
          });
        });
      }).catch(function(){});
  }
  var result=null,drawn=0;
  function draw(){
    var vars=result.head.vars,rows=result.results.bindings,end=Math.min(rows.length,drawn+max);
    for(var i=drawn;i<end;i++){
      var tr=document.createElement('tr'),b=rows[i];
      vars.forEach(function(v){term(tr,b[v]);});table.appendChild(tr);
    }
    drawn=end;
    // The page draws max rows at a time; "more" draws the next ones.
    status.textContent=rows.length+' rows'+(rows.length>drawn?' (first '+drawn+' shown)':'');
    more.hidden=rows.length<=drawn;
    labels();
  }
  more.addEventListener('click',function(){if(result)draw();});
  function run(){
    status.textContent='…';table.textContent='';more.hidden=true;graphOut.hidden=true;result=null;drawn=0;wanted={};
    var q=ta.value,url='/query?query='+encodeURIComponent(q);
    share.href=url;share.hidden=false;
    if(history.replaceState&&url.length<8000)history.replaceState(null,'',url);
    fetch('/sparql',{method:'POST',headers:{'Content-Type':'application/sparql-query',
      'Accept':'application/sparql-results+json, text/turtle;q=0.9'},body:q})
    .then(function(r){
      if(!r.ok){return r.text().then(function(t){throw new Error(t);});}
      if(/turtle/.test(r.headers.get('Content-Type')||'')){return r.text().then(function(t){return {graph:t};});}
      return r.json();
    })
    .then(function(data){
      if(data.graph!==undefined){graphOut.textContent=data.graph;graphOut.hidden=false;status.textContent='graph';return;}
      if(data.boolean!==undefined){status.textContent=String(data.boolean);return;}
      var head=document.createElement('tr');
      data.head.vars.forEach(function(v){cell(head,'th',v);});table.appendChild(head);
      result=data;draw();
    }).catch(function(e){status.textContent=e.message;});
  }
  document.getElementById('run').addEventListener('click',run);
  if(ta.dataset.run){run();}
})();
