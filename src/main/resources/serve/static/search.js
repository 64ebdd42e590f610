(function(){
  var box=document.getElementById('q'),list=document.getElementById('suggest'),seq=0;
  if(!box)return;
  box.addEventListener('input',function(){
    var q=box.value.trim(),mine=++seq;
    if(!q){list.textContent='';return;}
    fetch('/search?format=json&limit=10&q='+encodeURIComponent(q)).then(function(r){return r.json();})
      .then(function(data){
        if(mine!==seq)return;
        list.textContent='';
        data.results.forEach(function(hit){
          var li=document.createElement('li'),a=document.createElement('a');
          if(/^(\/[^\/\\]|https?:)/i.test(hit.href))a.href=hit.href;a.textContent=hit.label+(hit.matched!==hit.label?' ('+hit.matched+')':'')+(hit['class']?' · '+hit['class']:'');
          li.appendChild(a);list.appendChild(li);
        });
      });
  });
})();
