def D(id, lang, cc, type, layout, text, **exp):
    return dict(id=id, lang=lang, cc=cc, type=type, layout=layout, text=text, exp=exp)
