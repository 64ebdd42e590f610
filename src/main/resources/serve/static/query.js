(function(){
  var ta=document.getElementById('sparql'),sel=document.getElementById('examples'),
      table=document.getElementById('results'),status=document.getElementById('status');
  sel.addEventListener('change',function(){ta.value=document.getElementById('example-'+sel.value).value;});
  function cell(row,tag,text){var c=document.createElement(tag);c.textContent=text;row.appendChild(c);return c;}
  function term(row,t){
    if(!t){cell(row,'td','');return;}
    // Only http(s) IRIs become links: a javascript: IRI in the data stays text.
    if(t.type!=='uri'||!/^https?:/i.test(t.value)){cell(row,'td',t.value);return;}
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
      // The page draws at most data-max-rows rows; the rest is counted, not drawn.
      var rows=data.results.bindings,max=parseInt(table.dataset.maxRows,10)||1000;
      rows.slice(0,max).forEach(function(b){
        var tr=document.createElement('tr');
        vars.forEach(function(v){term(tr,b[v]);});table.appendChild(tr);
      });
      status.textContent=rows.length+' rows'+(rows.length>max?' (first '+max+' shown)':'');
    }).catch(function(e){status.textContent=e.message;});
  });
})();
