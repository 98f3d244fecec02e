def P(id, lang, genre, text, pii, keep):
    return dict(id=id, language=lang, genre=genre, text=text, pii=pii, keep=keep)
