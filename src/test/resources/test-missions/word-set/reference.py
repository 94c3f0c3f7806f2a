def unique_words(text):
    return list(set(text.split()))
