#!/bin/bash
# v.sh part id : text + annotation summary
f=/work/corpus/$1/$2
cat -n $f.txt | cut -c1-400
python3 -c "import json;a=json.load(open('$f.json'));print({k:a[k] for k in ['headline','subtitle','kicker','bylines','source','sections','captions','workers']})"
